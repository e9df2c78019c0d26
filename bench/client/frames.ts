/**
 * Frame timing, the same on both pages of the client benchmark (injected before any page script). Every
 * burst of WebGL draw calls — a frame, whether drawn in an animation frame or synchronously (sigma's
 * refresh) — is recorded when its task's JavaScript returns, with the time until one pixel could be read
 * back from each context it drew into: software WebGL only rasterises when the pixels are needed, so the
 * read-back is when the frame is really drawn. Animation frames (panning) also record when they began.
 *
 * Plain JavaScript text rather than a function: the benchmark runs under a TypeScript loader whose helpers
 * would not exist in the page.
 */
export interface Frame {
  /** ms since navigation start: the frame's callbacks began, returned, and its pixels were read back. */
  start: number;
  js: number;
  drawn: number;
}

export type Draw = Omit<Frame, 'start'>;

declare global {
  interface Window {
    /** Animation frames that drew. */
    benchFrames: Frame[];
    /** Every frame drawn, animation frame or not. */
    benchDraws: Draw[];
    /** Reads one pixel back from each context drawn into since the last call; the bare page calls it. */
    benchReadBack: () => void;
    /** Set whenever a draw call was issued. */
    benchDrew: boolean;
    /** ms since navigation start of the last mousemove the page received. */
    benchLastMove: number;
    /** The institution the product's highlight layer last named, and when. */
    benchFocus?: { id: string; at: number };
  }
}

export const FRAME_TIMING_SCRIPT = `(() => {
  const dirty = new Set();
  let queued = false;
  window.benchFrames = [];
  window.benchDraws = [];
  window.benchDrew = false;
  window.benchLastMove = 0;
  window.addEventListener('mousemove', () => { window.benchLastMove = performance.now(); }, true);
  const pixel = new Uint8Array(4);
  window.benchReadBack = () => {
    for (const gl of dirty) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    dirty.clear();
  };
  const prototypes = [window.WebGLRenderingContext, window.WebGL2RenderingContext]
    .filter(Boolean)
    .map((type) => type.prototype);
  for (const proto of prototypes) {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        dirty.add(this);
        window.benchDrew = true;
        if (!queued) {
          queued = true;
          // Runs when the task that draws has returned: the frame's JavaScript is done.
          queueMicrotask(() => {
            queued = false;
            if (dirty.size === 0) return;
            const js = performance.now();
            window.benchReadBack();
            window.benchDraws.push({ js, drawn: performance.now() });
          });
        }
        return original.apply(this, args);
      };
    }
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      const start = performance.now();
      window.benchDrew = false;
      try {
        callback(time);
      } finally {
        if (window.benchDrew) {
          const js = performance.now();
          window.benchReadBack();
          const drawn = performance.now();
          window.benchFrames.push({ start, js, drawn });
          window.benchDraws.push({ js, drawn });
          window.benchDrew = false;
        }
      }
    });
})();`;

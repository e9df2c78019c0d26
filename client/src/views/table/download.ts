/** Hands a text to the browser as a file to save, as a link with `download` would. */
export function saveText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has read the file by the next task; the object URL would otherwise live with the page.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

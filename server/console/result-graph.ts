/**
 * The nodes and relationships a console result mentions, anywhere in its rows (alone, in paths, lists
 * or maps), as graphology's serialized graph keyed by element id: what `Graph.import` reads. A
 * relationship whose end nodes the query did not return still gets them: the runner fetches them.
 */
import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';

import { toJsonObject, type Json } from '../db/to-json.js';
import type { ConsoleGraph, ConsoleGraphEdge, ConsoleGraphNode } from '../../contract/console.js';
import { MAX_GRAPH_ELEMENTS } from './limits.js';

export class ResultGraphBuilder {
  private readonly nodes = new Map<string, ConsoleGraphNode>();
  private readonly edges = new Map<string, ConsoleGraphEdge>();
  private truncated = false;

  /** Collects what one value holds. */
  add(value: unknown, depth = 0): void {
    if (value === null || typeof value !== 'object' || depth > 20) return;
    if (isNode(value)) this.addNode(value);
    else if (isRelationship(value)) this.addEdge(value);
    else if (isPath(value)) {
      this.addNode(value.start);
      for (const segment of value.segments) {
        this.addEdge(segment.relationship);
        this.addNode(segment.end);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) this.add(item, depth + 1);
    } else if (isPlainObject(value)) {
      for (const item of Object.values(value)) this.add(item, depth + 1);
    }
  }

  /** End nodes of relationships that are not in the graph yet. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const edge of this.edges.values()) {
      if (!this.nodes.has(edge.source)) missing.add(edge.source);
      if (!this.nodes.has(edge.target)) missing.add(edge.target);
    }
    return [...missing];
  }

  /** Nodes fetched afterwards, as the query layer returns them (`toJson` of a node). */
  addJsonNode(node: Json): void {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const { elementId, labels, properties } = node;
    if (typeof elementId !== 'string' || this.nodes.has(elementId)) return;
    this.nodes.set(elementId, {
      key: elementId,
      attributes: {
        labels: Array.isArray(labels) ? labels.filter((label) => typeof label === 'string') : [],
        properties:
          properties !== null && typeof properties === 'object' && !Array.isArray(properties)
            ? properties
            : {},
      },
    });
  }

  build(): ConsoleGraph {
    // graphology refuses an edge whose ends are missing: drop those the endpoint fetch could not find.
    const edges = [...this.edges.values()].filter(
      (edge) => this.nodes.has(edge.source) && this.nodes.has(edge.target),
    );
    return {
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      attributes: { truncated: this.truncated || edges.length < this.edges.size },
      nodes: [...this.nodes.values()],
      edges,
    };
  }

  private get full(): boolean {
    const full = this.nodes.size + this.edges.size >= MAX_GRAPH_ELEMENTS;
    if (full) this.truncated = true;
    return full;
  }

  private addNode(node: Node): void {
    if (this.nodes.has(node.elementId) || this.full) return;
    this.nodes.set(node.elementId, {
      key: node.elementId,
      attributes: {
        labels: [...node.labels],
        properties: toJsonObject(node.properties),
      },
    });
  }

  private addEdge(relationship: Relationship): void {
    if (this.edges.has(relationship.elementId) || this.full) return;
    this.edges.set(relationship.elementId, {
      key: relationship.elementId,
      source: relationship.startNodeElementId,
      target: relationship.endNodeElementId,
      attributes: {
        type: relationship.type,
        properties: toJsonObject(relationship.properties),
      },
    });
  }
}

/** Maps returned by Cypher are plain objects; driver values (dates, points, integers) are class instances. */
function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

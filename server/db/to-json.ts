/**
 * The one boundary where Neo4j values become plain JSON: integers become numbers (or strings when they
 * do not fit a double exactly), temporal values ISO strings, nodes and relationships small objects.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
} from 'neo4j-driver';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  // Lists and maps are most of what a large answer holds (agreements with their parties and quotes):
  // they skip the checks for the driver's classes below.
  if (Array.isArray(value)) return value.map(toJson);
  if (Object.getPrototypeOf(value) === Object.prototype)
    return toJsonObject(value as Record<string, unknown>);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: toJsonObject(value.properties) };
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: toJsonObject(value.properties),
    };
  }
  if (isPath(value)) {
    return {
      segments: value.segments.map((segment) => ({
        start: toJson(segment.start),
        relationship: toJson(segment.relationship),
        end: toJson(segment.end),
      })),
    };
  }
  if (typeof value === 'object') return toJsonObject(value as Record<string, unknown>);
  // Symbols and functions have no JSON form.
  return null;
}

export function toJsonObject(value: Record<string, unknown>): { [key: string]: Json } {
  const object: { [key: string]: Json } = {};
  for (const key of Object.keys(value)) object[key] = toJson(value[key]);
  return object;
}

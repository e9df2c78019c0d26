// The end nodes of relationships a console query returned without them, so its graph can be drawn.
// $ids: element ids (at most a few thousand, bounded by the console's graph limit).
MATCH (n)
WHERE elementId(n) IN $ids
RETURN n

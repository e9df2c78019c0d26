// Marks the stored layout as being rewritten before its batches land, so pages read meanwhile are refused
// instead of mixing two layouts' order.
MERGE (layout:Layout {id: 'cooperation'})
SET layout.status = 'writing'

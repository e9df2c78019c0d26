// Every parent link, child first.
MATCH (child:Institution)-[:PART_OF]->(parent:Institution)
RETURN child.id AS child, parent.id AS parent

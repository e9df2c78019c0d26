// What a file export carries beyond the network: each institution's stored layout position and partner
// count ($institutions: ids), and the day each agreement is known from ($agreements: ids), from which an
// institution's and an edge's start on a timeline follow.
RETURN
  COLLECT {
    UNWIND $institutions AS id
    MATCH (i:Institution {id: id})
    RETURN {id: i.id, x: i.x, y: i.y, partners: i.partners}
  } AS institutions,
  COLLECT {
    UNWIND $agreements AS id
    MATCH (a:Agreement {id: id})
    RETURN {id: a.id, knownFrom: a.knownFrom}
  } AS agreements

// Which of the ids a file refers to without defining them already exist in the database.
RETURN
  [id IN $institutions WHERE EXISTS { (:Institution {id: id}) }] AS institutions,
  [code IN $countries WHERE EXISTS { (:Country {code: code}) }] AS countries,
  [id IN $domains WHERE EXISTS { (:Domain {id: id}) }] AS domains,
  [id IN $sources WHERE EXISTS { (:Source {id: id}) }] AS sources,
  [id IN $events WHERE EXISTS { (:Event {id: id}) }] AS events

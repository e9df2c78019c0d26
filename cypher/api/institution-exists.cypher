RETURN EXISTS { (:Institution {id: $id}) } AS exists

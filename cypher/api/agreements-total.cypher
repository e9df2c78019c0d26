// The answer of api/agreements that counts the agreements that pass.
RETURN count(a) AS total

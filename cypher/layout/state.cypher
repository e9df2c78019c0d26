// The stored layout against the network: its version and state ('writing' while a layout is stored,
// 'ready' after), how many institutions it placed, the fingerprint of the network it was computed for,
// and how many institutions there are now (count store, instant). One row; nulls before the first layout.
OPTIONAL MATCH (layout:Layout {id: 'cooperation'})
RETURN layout.version AS version, layout.status AS status, layout.institutions AS institutions,
       layout.fingerprint AS fingerprint, COUNT { (:Institution) } AS total

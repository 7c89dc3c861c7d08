"""Table and tree models of the app: ``COL_*`` constants and one ``set_rows()``; no widgets."""

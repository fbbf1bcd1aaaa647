"""``fairfeedback lsp``: a Language Server Protocol server (pygls) for editors.

Modules: ``command`` (the click command), ``server`` (the pygls server: document
sync, scheduling, publishing), ``features`` (diagnostics, hover and code actions
built from a :class:`~fairfeedback.models.Report`), ``linting`` (configuration
found from each document's path, linters per configuration), ``positions``
(character offsets to protocol positions).  Needs ``pip install "fairfeedback[lsp]"``.
"""

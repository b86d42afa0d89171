"""Generator of the heldout_o evaluation corpus (documents, labels, quote check)."""

"""One module per PI type; each registers its recognizer with the default registry on import."""

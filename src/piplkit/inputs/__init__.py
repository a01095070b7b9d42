"""The input rules every schema applies to what people and files send, as ``Annotated`` metadata.

Why a package of its own, below every pillar: the register's input schemas, the rights-request
forms and the scanner's report model (which the register import reads) all take their strings,
counts and instants with the same rules, so the rules cannot live in any one of them. They need
nothing but pydantic; errors that name a field in a register message are raised by
:mod:`piplkit.map.register.checks`.

* :mod:`piplkit.inputs.text`: no control characters (one-line and multi-line strings);
* :mod:`piplkit.inputs.scalars`: counts, fractions, flags and instants without JSON type confusions;
* :mod:`piplkit.inputs.yaml_data`: the one YAML loader for the data files every pillar ships
  (it needs only PyYAML).
"""

"""Map: the register of systems, datasets, activities, recipients and transfers (``register``,
with the storage every pillar shares) and the compliance calendar computed from it (``agenda``)."""

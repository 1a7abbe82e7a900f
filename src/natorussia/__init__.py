"""natorussia: articles on NATO–Russia relations as a typed, queryable data model."""

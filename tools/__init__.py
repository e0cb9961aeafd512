"""Development tools that are not part of the product (the local Neo4j launcher)."""

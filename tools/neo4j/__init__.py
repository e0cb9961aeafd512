"""The Python side of the Maven-built local Neo4j launcher (see README.md here)."""

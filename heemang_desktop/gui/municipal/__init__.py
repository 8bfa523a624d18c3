"""시군구보고 screens."""

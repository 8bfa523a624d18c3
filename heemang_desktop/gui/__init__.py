"""Qt front end. The only package that imports Qt; it calls services and never writes SQL."""

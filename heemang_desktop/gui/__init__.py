"""Qt front end. The only package with Qt widgets (render/ has QtGui for PDFs and images); it calls services
and never writes SQL."""

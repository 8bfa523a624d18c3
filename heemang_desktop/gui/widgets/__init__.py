"""Small widgets every page uses: the message line, the month picker."""

"""Municipal reports (시군구보고), their deadlines, and evaluation objections."""

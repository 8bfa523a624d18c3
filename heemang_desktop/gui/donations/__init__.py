"""후원관리 screens: donors and gifts, the CMS month."""

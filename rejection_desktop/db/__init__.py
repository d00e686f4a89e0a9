"""Storage: peewee models on SQLite, the connection, migrations, seeding and backups. No Qt here.

Import the modules themselves (``db.files`` needs no peewee and is used before it is loaded).
"""

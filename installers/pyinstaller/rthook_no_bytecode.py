# PyInstaller run-time hook: never write __pycache__ into the installation folder.
# Alembic imports the migration scripts from files; run as root (CI, or an administrator),
# Python would cache their bytecode under /opt/meetingdesk or Program Files, and the
# package manager would then find folders it did not install when removing the program.
import sys

sys.dont_write_bytecode = True

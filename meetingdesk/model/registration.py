"""Column mappings remembered per file layout (the import dialog's and --map's choices)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utc_now


class ImportLayout(Base):
    """How the columns of one header row map to an importer's fields (JSON)."""

    __tablename__ = "import_layout"
    __table_args__ = (UniqueConstraint("kind", "layout_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # participants / actions
    layout_key: Mapped[str] = mapped_column(String(64))
    header: Mapped[str] = mapped_column(Text)  # the header row, JSON list
    mapping: Mapped[str] = mapped_column(Text)  # header → field ("" = ignored), JSON
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

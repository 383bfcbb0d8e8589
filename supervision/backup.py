"""Export one program (the tenant) to a JSON file and import it into another database.

The export walks the whole schema (`db.metadata`), so a table added later is exported without a change
here: a table belongs to a program through its `program_id` column, or else through a foreign key to a
table that does (a revision through its note, an annotation anchor through its annotation). Tables that
hold only short-lived security state are left out on purpose (see EXCLUDED). Every exported row's foreign
keys must point inside the export, so a file never carries, or depends on, another program's rows.

The import writes every row in one transaction into a database without that program. Ids are kept when
they are free and above every id already in the table (always the case in an empty database), and are
otherwise renumbered in the same order; foreign keys, and `audit_event.object_id`, follow the renumbering.

Audit events are copied verbatim, hash and link included, so the program's history is the one that was
exported. Their links point at events of other programs that are not in the file; the import therefore
appends one event of its own to the target chain (`audit.segment_imported`) naming the imported ids and a
digest over their stored content. `audit.verify_chain` checks the imported rows against that digest instead
of link by link, so an imported event altered or removed afterwards is still detected.
"""
from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Enum, Integer, Table, func, select, text
from sqlalchemy.sql.elements import ColumnElement

from . import audit, clock
from .errors import ServiceError
from .extensions import db

FORMAT = "supervision.program-export"
FORMAT_VERSION = 1
# Short-lived security state: worthless, or harmful, after a restore.
EXCLUDED = {
    "password_reset": "reset links are single-use and expire within the hour; people ask for a new one",
    "sign_in_failure": "lockout counters, keyed by address hash, expire within minutes",
    "alembic_version": "the schema revision is recorded in the file's header instead",
}


class BackupError(ServiceError):
    status = 400
    code = "backup_failed"


# --- which rows belong to a program --------------------------------------------------------------------

def program_tables() -> list[Table]:
    """Every table of the schema that holds program data, parents before children."""
    return [t for t in db.metadata.sorted_tables if t.name not in EXCLUDED]


def _scope(table: Table, program_id: int, seen: tuple[str, ...] = ()) -> ColumnElement:
    """A WHERE clause selecting the rows of `table` that belong to the program."""
    if table.name == "program":
        return table.c.id == program_id
    if "program_id" in table.c:
        return table.c.program_id == program_id
    # Through a parent: prefer a NOT NULL foreign key, so that every row is reached.
    for fk in sorted(table.foreign_keys, key=lambda fk: (fk.parent.nullable, fk.parent.name)):
        parent = fk.column.table
        if parent is table or parent.name in seen:
            continue
        return fk.parent.in_(select(fk.column).where(_scope(parent, program_id, seen + (table.name,))))
    raise BackupError(f"Table {table.name!r} has no program_id and no foreign key to program data; "
                      "add it to backup.EXCLUDED or give it one.")


def _single_id(table: Table) -> bool:
    pk = list(table.primary_key.columns)
    return len(pk) == 1 and pk[0].name == "id" and isinstance(pk[0].type, Integer)


# --- values to and from JSON -----------------------------------------------------------------------------

def _to_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _from_json(column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    impl = getattr(kind, "impl", kind)
    if isinstance(impl, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(impl, Date):
        return date.fromisoformat(value)
    if isinstance(impl, Enum) and impl.enum_class is not None:
        return impl.enum_class(value)
    return value


def _schema_revision() -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(db.session.connection()).get_current_revision()


# --- export ---------------------------------------------------------------------------------------------

def export_program(name: str) -> dict[str, Any]:
    """Every row of the program named `name`, as a JSON-ready dict. Raises BackupError."""
    from .programs.models import Program

    if db.session.get_bind().dialect.name == "postgresql":
        # One snapshot for every table, so that rows written during the export cannot half-appear.
        db.session.rollback()
        db.session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    program = db.session.execute(select(Program).where(Program.name == name)).scalar_one_or_none()
    if program is None:
        raise BackupError(f"No program named {name!r}.")
    tables: dict[str, Any] = {}
    exported_ids: dict[str, set[int]] = {}
    for table in program_tables():
        order = list(table.primary_key.columns)
        rows = db.session.execute(select(table).where(_scope(table, program.id)).order_by(*order)).all()
        columns = [c.name for c in table.columns]
        tables[table.name] = {"columns": columns, "rows": [[_to_json(v) for v in row] for row in rows]}
        if _single_id(table):
            exported_ids[table.name] = {row.id for row in rows}
    _check_closed(tables, exported_ids)
    report = audit.verify_chain()
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": clock.now().isoformat(),
        "schema_revision": _schema_revision(),
        "program": {"id": program.id, "name": program.name},
        "audit_chain": {"verified": report.ok, "problem": report.problem},
        "excluded": dict(sorted(EXCLUDED.items())),
        "tables": tables,
    }


def _check_closed(tables: dict[str, Any], ids: dict[str, set[int]]) -> None:
    """Every foreign key of every exported row points at an exported row (or is empty)."""
    for table in program_tables():
        data = tables[table.name]
        for fk in table.foreign_keys:
            target = fk.column.table.name
            if target not in ids:
                continue
            index = data["columns"].index(fk.parent.name)
            stray = {row[index] for row in data["rows"]} - ids[target] - {None}
            if stray:
                raise BackupError(f"{table.name}.{fk.parent.name} points outside the program "
                                  f"({target} ids {sorted(stray)[:5]}); nothing was exported.")


# --- import ---------------------------------------------------------------------------------------------

def import_program(document: dict[str, Any]) -> dict[str, int]:
    """Write an exported program into this database in one transaction (the caller commits).
    Returns rows written per table. Raises BackupError (wrong file, program or people already here,
    schema mismatch, altered audit events)."""
    from .auth.models import User
    from .programs.models import Program

    if document.get("format") != FORMAT or document.get("version") != FORMAT_VERSION:
        raise BackupError("This is not a program export of this version.")
    revision = _schema_revision()
    if document.get("schema_revision") and revision and document["schema_revision"] != revision:
        raise BackupError(f"The file is from schema {document['schema_revision']} and this database is at "
                          f"{revision}: run `flask db upgrade` on a database of the same version first.")
    data = document["tables"]
    known = {t.name: t for t in program_tables()}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise BackupError(f"The file has tables this database does not: {', '.join(unknown)}.")
    for name, table_data in data.items():
        extra = set(table_data["columns"]) - set(known[name].c.keys())
        if extra:
            raise BackupError(f"The file's {name} table has columns this database does not: {', '.join(sorted(extra))}.")

    name = document["program"]["name"]
    if db.session.execute(select(Program.id).where(Program.name == name)).first():
        raise BackupError(f"This database already has a program named {name!r}.")
    emails = [_row(data["user"], r)["email"] for r in data["user"]["rows"]]
    taken = db.session.execute(select(func.count()).select_from(User).where(User.email.in_(emails))).scalar_one()
    if taken:
        raise BackupError(f"{taken} of the program's e-mail addresses already have accounts in this database.")
    _check_audit_hashes(data.get("audit_event"))

    if db.session.get_bind().dialect.name == "postgresql":
        # No other audit event may land between the imported ones and the import's own event.
        db.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": audit._PG_LOCK_KEY})

    maps: dict[str, dict[int, int]] = {}
    for table in program_tables():  # parents first: every map a row needs is ready when it is written
        if _single_id(table) and table.name in data:
            maps[table.name] = _id_map(table, [_row(data[table.name], r)["id"] for r in data[table.name]["rows"]])
    written: dict[str, int] = {}
    for table in program_tables():
        if table.name not in data:
            continue
        rows = [_remap(table, _row(data[table.name], r), maps) for r in data[table.name]["rows"]]
        if rows:
            db.session.execute(table.insert(), [{k: _from_json(table.c[k], v) for k, v in row.items()} for row in rows])
        written[table.name] = len(rows)
    db.session.flush()
    _advance_sequences(maps)
    imported = sorted(maps.get("audit_event", {}).values())
    if imported:
        audit.record_imported_segment(imported, program=name)
    return written


def _row(table_data: dict[str, Any], values: list[Any]) -> dict[str, Any]:
    return dict(zip(table_data["columns"], values))


def _id_map(table: Table, ids: list[int]) -> dict[int, int]:
    """Keep the ids when they all lie above the table's current ones (an empty table keeps them all);
    otherwise number them on from the current maximum, in the same order."""
    if not ids:
        return {}
    top = db.session.execute(select(func.max(table.c.id))).scalar() or 0
    ordered = sorted(ids)
    if ordered[0] > top:
        return {i: i for i in ordered}
    return {old: top + n for n, old in enumerate(ordered, start=1)}


def _remap(table: Table, row: dict[str, Any], maps: dict[str, dict[int, int]]) -> dict[str, Any]:
    row = dict(row)
    if _single_id(table) and table.name in maps:
        row["id"] = maps[table.name][row["id"]]
    for fk in table.foreign_keys:
        mapping = maps.get(fk.column.table.name)
        value = row.get(fk.parent.name)
        if mapping is not None and value is not None:
            row[fk.parent.name] = mapping[value]
    if table.name == "audit_event" and row.get("object_id") is not None and row.get("object_type") in maps:
        row["object_id"] = maps[row["object_type"]].get(row["object_id"], row["object_id"])
    return row


def _check_audit_hashes(table_data: dict[str, Any] | None) -> None:
    """Each exported audit event still matches its own hash (its content as exported, before any renumbering)."""
    if not table_data:
        return
    for values in table_data["rows"]:
        row = _row(table_data, values)
        expected = audit.event_hash(
            created_at=datetime.fromisoformat(row["created_at"]), program_id=row["program_id"],
            actor_id=row["actor_id"], action=row["action"], object_type=row["object_type"],
            object_id=row["object_id"], data=row["data"] or {}, prev_hash=row["prev_hash"])
        if expected != row["hash"]:
            raise BackupError(f"Audit event {row['id']} in the file does not match its hash: the file was altered.")


def _advance_sequences(maps: dict[str, dict[int, int]]) -> None:
    """PostgreSQL: ids written explicitly do not move the id sequences; move them past the new rows."""
    if db.session.get_bind().dialect.name != "postgresql":
        return
    for name, mapping in maps.items():
        if mapping:
            db.session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), (SELECT max(id) FROM \"{name}\"))"))


# --- canonical form, for comparing two exports ------------------------------------------------------------

def canonical(document: dict[str, Any], *, renumber: bool = False) -> dict[str, Any]:
    """The export without its time stamp; with `renumber`, every id (and every reference to one) replaced
    by its rank in its table, so that exports of the same program from two databases compare equal."""
    doc = {k: v for k, v in document.items() if k not in ("exported_at",)}
    if not renumber:
        return doc
    tables = {t.name: t for t in program_tables()}
    data = document["tables"]
    ranks: dict[str, dict[int, int]] = {}
    for name, table_data in data.items():
        if _single_id(tables[name]):
            ids = sorted(_row(table_data, r)["id"] for r in table_data["rows"])
            ranks[name] = {old: n for n, old in enumerate(ids, start=1)}
    out = {}
    for name, table_data in data.items():
        rows = [_remap(tables[name], _row(table_data, r), ranks) for r in table_data["rows"]]
        out[name] = {"columns": table_data["columns"], "rows": [[row[c] for c in table_data["columns"]] for row in rows]}
    doc["tables"] = out
    doc["program"] = {"name": document["program"]["name"]}
    return doc


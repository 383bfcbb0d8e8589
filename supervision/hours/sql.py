"""SQL pieces shared by the hours queries."""
from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement

_OFFSET = 1_000_000  # weeks; keeps integer division a floor for any date after year -17000


class week_of(FunctionElement):
    """`rules.week_index` of a DATE column, in SQL: the Monday-start week, counted from 2000-01-03."""

    type = Integer()
    inherit_cache = True


@compiles(week_of)
def _week_of_postgresql(element, compiler, **kw):  # date - date is a number of days on PostgreSQL
    arg = compiler.process(element.clauses, **kw)
    return f"(({arg} - DATE '2000-01-03' + {7 * _OFFSET}) / 7 - {_OFFSET})"


@compiles(week_of, "sqlite")
def _week_of_sqlite(element, compiler, **kw):
    arg = compiler.process(element.clauses, **kw)
    return f"((CAST(julianday({arg}) - julianday('2000-01-03') AS INTEGER) + {7 * _OFFSET}) / 7 - {_OFFSET})"


class least(FunctionElement):
    """The smaller of two integers: LEAST on PostgreSQL (one node, cheaper than a CASE), min(a, b) on SQLite."""

    type = Integer()
    inherit_cache = True


@compiles(least)
def _least(element, compiler, **kw):
    return f"LEAST({compiler.process(element.clauses, **kw)})"


@compiles(least, "sqlite")
def _least_sqlite(element, compiler, **kw):
    return f"min({compiler.process(element.clauses, **kw)})"

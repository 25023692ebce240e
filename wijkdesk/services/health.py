"""`wijkdesk check` and `wijkdesk info`: the state of the store in figures, never in names."""

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from wijkdesk import __version__
from wijkdesk.services.audit import AuditService
from wijkdesk.services.base import Service
from wijkdesk.store import schema, sqlcipher
from wijkdesk.store.database import failure_reason
from wijkdesk.store.models import COUNTED


@dataclass(frozen=True)
class CheckLine:
    name: str
    ok: bool
    detail: str


@dataclass
class HealthReport:
    lines: list[CheckLine] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(line.ok for line in self.lines)


def _unreadable(name: str, exc: DBAPIError) -> CheckLine:
    return CheckLine(name, False, f"unreadable ({failure_reason(exc)})")


class HealthService(Service):
    def check(self) -> HealthReport:
        report = HealthReport()
        with self.store.raw() as conn:
            problems = sqlcipher.integrity_problems(conn)
        for name, found in problems.items():
            report.lines.append(
                CheckLine(name, not found, "ok" if not found else "; ".join(found[:3]))
            )
        try:
            chain = AuditService(self.store, self.actor).verify()
            detail = chain.sentence() + ("" if not chain.notes else " " + " ".join(chain.notes))
            report.lines.append(CheckLine("audit_chain", chain.ok, detail))
        except DBAPIError as exc:
            report.lines.append(_unreadable("audit_chain", exc))
        try:
            st = schema.status(self.store.engine)
            report.lines.append(
                CheckLine(
                    "schema_version",
                    st.state is schema.SchemaState.CURRENT,
                    f"{st.current} (this wijkdesk {__version__} expects {st.head})",
                )
            )
        except DBAPIError as exc:
            report.lines.append(_unreadable("schema_version", exc))
        return report

    def counts(self) -> dict[str, int]:
        with self._read() as s:
            counts = {
                name: s.scalar(select(func.count()).select_from(model)) or 0
                for name, model in COUNTED.items()
            }
        counts["audit_entries"] = AuditService(self.store, self.actor).count()
        return counts

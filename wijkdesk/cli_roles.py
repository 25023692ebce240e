"""The commands about role boundaries (issue 6): a team's responsibility matrix with its findings
and split of hours, and the samenwerkingsafspraken with their lifecycle and review work."""

import argparse
import getpass
import os
import re
import textwrap
import uuid
from pathlib import Path

from wijkdesk.cli_common import (
    PASSWORD_ENV,
    interactive,
    open_workspace_of,
    sign_in,
    sign_in_option,
)
from wijkdesk.domain.agreements import REVIEW_HORIZON_DAYS, AgreementState, ReviewReason
from wijkdesk.domain.role_matrix import Finding, Rule
from wijkdesk.domain.roles import Permission, may
from wijkdesk.errors import AuthenticationFailed, Conflict, NotFound, ValidationError

ID_HELP = ("the agreement: its full id, or a unique prefix of at least 8 hex characters "
           "(as `wijkdesk agreements list` shows it)")
MIN_PREFIX = 8
RULE_TITLES = {
    Rule.NO_ACCOUNTABLE: "No one accountable",
    Rule.NO_RESPONSIBLE: "No one executes",
    Rule.SEVERAL_ACCOUNTABLE: "Several accountable",
    Rule.HEAVY_LOAD: "Heavy load",
    Rule.FREE_HOLDS_POLICY_MANDATE: "Free assignment holds a policy mandate",
    Rule.MANDATE_UNUSED: "Mandate unused",
    Rule.NO_SHARED_OWNER: "No shared owner",
}
REASONS = {ReviewReason.AWAITING_APPROVAL: "awaiting approval",
           ReviewReason.REVIEW_OVERDUE: "review overdue",
           ReviewReason.REVIEW_DUE: "review due"}


def add_parsers(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    """The matrix (read by any signed-in profile); agreements (any profile writes and submits,
    a team lead approves)."""
    p = sub.add_parser("matrix", parents=[common], help="a team's responsibility matrix")
    matrix_sub = p.add_subparsers(dest="matrix_command", metavar="ACTION", required=True)
    s = matrix_sub.add_parser("show", parents=[common],
                              help="the matrix as a grid (R executes, A accountable, "
                              "C consulted, I informed), its findings and the split of hours")
    s.add_argument("--team", help="the team (default: the only team with a matrix)")
    s.add_argument("--wijk", metavar="CODE",
                   help="the team's matrix in this wijk, by its CBS code (e.g. WK199900)")
    sign_in_option(s, "any")

    p = sub.add_parser("agreements", parents=[common],
                       help="samenwerkingsafspraken: list, show, submit, approve, withdraw, "
                       "review work and its calendar",
                       description="Samenwerkingsafspraken in versions. An ID is the "
                       "agreement's full id or a unique prefix of at least 8 hex characters.")
    agreements_sub = p.add_subparsers(dest="agreements_command", metavar="ACTION",
                                      required=True)
    ls = agreements_sub.add_parser("list", parents=[common],
                                   help="the newest version of each agreement")
    ls.add_argument("--state", choices=[s.value for s in AgreementState],
                    help="only versions in this state")
    ls.add_argument("--all-versions", action="store_true",
                    help="every version, not only the newest of each agreement")
    show = agreements_sub.add_parser("show", parents=[common],
                                     help="one version: its fields, matrix snapshot and trail")
    submit = agreements_sub.add_parser("submit", parents=[common],
                                       help="submit a draft to the team lead for review")
    submit.add_argument("--note", default="", help="a note for the team lead")
    approve = agreements_sub.add_parser(
        "approve", parents=[common],
        help="approve a submitted version (team lead; asks the password again, or takes it "
        f"from {PASSWORD_ENV} without a terminal)")
    approve.add_argument("--note", required=True, help="the approval note (kept with it)")
    withdraw = agreements_sub.add_parser(
        "withdraw", parents=[common],
        help="end a version (a draft or submitted one by its writer or a team lead, an "
        "approved one by a team lead)")
    withdraw.add_argument("--note", required=True, help="why (kept with the agreement)")
    for q in (show, submit, approve, withdraw):
        q.add_argument("id", metavar="ID", help=ID_HELP)
    review = agreements_sub.add_parser("review", parents=[common],
                                       help="the review queue: versions awaiting approval and "
                                       "review dates that are overdue or due within "
                                       f"{REVIEW_HORIZON_DAYS} days")
    cal = agreements_sub.add_parser("calendar", parents=[common],
                                    help="the review dates of approved versions as an "
                                    "iCalendar file for the team's calendar")
    cal.add_argument("-o", "--output", required=True, metavar="FILE",
                     help="the .ics file to write")
    cal.add_argument("--force", action="store_true", help="replace an existing file")
    for q in (ls, show, submit, withdraw, review, cal):
        sign_in_option(q, "any")
    sign_in_option(approve, "team lead")


# The matrix ------------------------------------------------------------------------------------


def cmd_matrix(args: argparse.Namespace) -> int:
    workspace = open_workspace_of(args)
    try:
        actor = sign_in(workspace, args)
        roles = workspace.roles(actor)
        info = _find_matrix(roles, workspace.places(actor), args.team, args.wijk)
        view = roles.matrix(info.id)
        splits = roles.splits(info.id)
    finally:
        workspace.close()
    where = f" in {info.place_name}" if info.place_id else " (whole team)"
    print(f"Responsibility matrix of {info.team}{where}")
    print()
    for line in matrix_lines(view):
        print(line)
    print()
    for line in finding_lines(view):
        print(line)
    print()
    for line in split_lines(view, splits):
        print(line)
    return 0


def _find_matrix(roles, places, team: str | None, wijk: str | None):  # type: ignore[no-untyped-def]
    place = None
    if wijk:
        code = wijk.strip().upper()
        place = next((p for p in places.list() if p.code == code), None)
        if place is None:
            raise NotFound(f"There is no area with code {code}.")
    matrices = roles.matrices()
    teams = sorted({m.team for m in matrices}, key=str.casefold)
    if not teams:
        raise NotFound("No team has a responsibility matrix yet.")
    if team is None:
        if len(teams) > 1:
            raise ValidationError("Name the team with --team: " + ", ".join(teams) + ".")
        team = teams[0]
    wanted = place.id if place else None
    found = next((m for m in matrices if m.team.casefold() == team.strip().casefold()
                  and m.place_id == wanted), None)
    if found is None:
        scope = f" in {place.name} ({place.code})" if place else ""
        raise NotFound(f"{team} has no matrix{scope}; teams with a matrix: "
                       + ", ".join(teams) + ".")
    return found


def type_labels(types) -> dict[uuid.UUID, str]:  # type: ignore[no-untyped-def]
    """Short column labels: the initials of a type's code (CW for community_worker), the first
    two letters of a one-word code, numbered where two would be the same."""
    labels: dict[uuid.UUID, str] = {}
    for t in types:
        words = [w for w in re.split(r"[^a-z0-9]+", t.code.split("-")[0].lower()) if w]
        base = ("".join(w[0] for w in words) if len(words) > 1
                else (words[0][:2] if words else "t")).upper()
        label, n = base, 1
        while label in labels.values():
            n += 1
            label = f"{base}{n}"
        labels[t.id] = label
    return labels


def matrix_lines(view) -> list[str]:  # type: ignore[no-untyped-def]
    labels = type_labels(view.types)
    width = min(48, max([len(t.name) for t in view.tasks] + [20]))
    head = f"  {'task':<{width}}  {'work':<10} {'policy':<6} " + "".join(
        f"{labels[t.id]:>4}" for t in view.types)
    lines = [head]
    for domain in view.domains:
        tasks = [t for t in view.tasks if t.domain_id == domain.id]
        if not tasks:
            continue
        lines.append(domain.name)
        for task in tasks:
            name = task.name if len(task.name) <= width else task.name[:width - 1] + "…"
            cells = "".join(f"{_letter(view.levels.get((task.id, t.id))):>4}"
                            for t in view.types)
            lines.append(f"  {name:<{width}}  {task.work.value:<10} "
                         f"{'yes' if task.policy else '':<6} {cells}")
    lines.append("")
    lines.append("R executes, A accountable (holds the mandate), C consulted, I informed, "
                 "- none.")
    for t in view.types:
        lines.append(f"  {labels[t.id]:<4} {t.code:<22} {t.name}; {t.assignment.value} "
                     "assignment")
    return lines


def _letter(level) -> str:  # type: ignore[no-untyped-def]
    return level.value if level is not None else "-"


def finding_lines(view) -> list[str]:  # type: ignore[no-untyped-def]
    findings = view.findings()
    if not findings:
        return ["No findings: every task has one accountable type and someone who executes it."]
    lines = [f"Findings ({len(findings)}):"]
    for f in findings:
        lines.append(f"  {RULE_TITLES[f.rule]}: {_subject(view, f)}")
        lines.extend(textwrap.wrap(f.explanation, 88, initial_indent="      ",
                                   subsequent_indent="      "))
    return lines


def _subject(view, f: Finding) -> str:  # type: ignore[no-untyped-def]
    tasks = {t.id: t for t in view.tasks}
    types = {t.id: t.name for t in view.types}
    domains = {d.id: d.name for d in view.domains}
    task = tasks.get(f.task_id) if f.task_id else None
    where = f"{task.name} ({domains.get(task.domain_id, '')})" if task else ""
    if f.rule is Rule.SEVERAL_ACCOUNTABLE:
        return f"{where}: accountable are " + ", ".join(types[c[1]] for c in f.cells)
    if f.rule is Rule.FREE_HOLDS_POLICY_MANDATE:
        return f"{types[f.type_id]} on {where}"
    if f.rule is Rule.HEAVY_LOAD:
        return f"{types[f.type_id]} executes or is accountable for {f.count} tasks"
    if f.rule is Rule.MANDATE_UNUSED:
        return types[f.type_id]
    if f.rule is Rule.NO_SHARED_OWNER:
        return f"domain {domains.get(f.domain_id, '')}"
    return where


def split_lines(view, splits) -> list[str]:  # type: ignore[no-untyped-def]
    names = {t.id: t.name for t in view.types}
    width = max(len(n) for n in names.values()) if names else 10
    lines = ["Split of hours, individual share: agreed, and actual from the hours recorded in "
             "the last twelve months",
             f"  {'type':<{width}}  {'agreed':>6}  {'actual':>6}"]
    for row in splits:
        agreed = "-" if row.agreed_individual is None else f"{row.agreed_individual}%"
        actual = row.actual_individual
        hours = (f"  ({row.individual_minutes / 60:,.0f} h individual, "
                 f"{row.collective_minutes / 60:,.0f} h collective)" if actual is not None
                 else "  (no hours recorded)")
        lines.append(f"  {names[row.type_id]:<{width}}  {agreed:>6}  "
                     f"{'-' if actual is None else f'{actual}%':>6}{hours}")
    return lines


# Agreements ------------------------------------------------------------------------------------


def resolve_id(service, text: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """An agreement's id from its full form or a unique prefix of 8 or more hex characters."""
    key = text.strip().lower().replace("-", "")
    if not re.fullmatch(r"[0-9a-f]{8,32}", key):
        raise ValidationError("An agreement ID is its full id, or a unique prefix of at least "
                              f"{MIN_PREFIX} hex characters.")
    matches = [a.id for a in service.list(all_versions=True) if a.id.hex.startswith(key)]
    if not matches:
        raise NotFound(f"No agreement has an ID starting with {key}.")
    if len(matches) > 1:
        raise ValidationError(f"{len(matches)} agreements have an ID starting with {key}; "
                              "give more characters.")
    return matches[0]


def prefix_length(ids) -> int:  # type: ignore[no-untyped-def]
    """The shortest prefix (8 or more) that tells all these ids apart. Ids are time-ordered
    (UUIDv7), so ids made close together share their first characters."""
    hexes = [i.hex for i in ids]
    n = MIN_PREFIX
    while n < 32 and len({h[:n] for h in hexes}) < len(hexes):
        n += 1
    return n


def cmd_agreements(args: argparse.Namespace) -> int:
    workspace = open_workspace_of(args)
    try:
        actor = sign_in(workspace, args)
        service = workspace.agreements(actor)
        action = args.agreements_command
        if action == "list":
            return _list(service, args)
        if action == "review":
            return _review(service)
        if action == "calendar":
            return _calendar(service, args)
        agreement_id = resolve_id(service, args.id)
        if action == "show":
            return _show(service, agreement_id)
        if action == "submit":
            done = service.submit(agreement_id, args.note)
            print(f"Version {done.summary.version} of '{done.summary.title}' is submitted for "
                  "review by a team lead.")
        elif action == "approve":
            # a member is refused by the service (audited) before any password is asked
            password = (_password_again(actor.username)
                        if may(actor.role, Permission.APPROVE_AGREEMENTS) else "")
            done = service.approve(agreement_id, password, args.note)
            print(f"Version {done.summary.version} of '{done.summary.title}' is approved by "
                  f"{done.summary.approved_by_name}; it is frozen now.")
        else:
            done = service.withdraw(agreement_id, args.note)
            print(f"Version {done.summary.version} of '{done.summary.title}' is withdrawn.")
        return 0
    finally:
        workspace.close()


def _password_again(username: str) -> str:
    if interactive():
        return getpass.getpass(f"Password for {username}, again, to approve: ")
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        raise AuthenticationFailed(f"Give the password of '{username}' in {PASSWORD_ENV} "
                                   "to approve.")
    return password


def _list(service, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    state = AgreementState(args.state) if args.state else None
    items = service.list(state=state, all_versions=args.all_versions)
    n = prefix_length([a.id for a in service.list(all_versions=True)])
    scopes = [a.team + (f", {a.place_name}" if a.place_name else "") for a in items]
    width = min(40, max([len(s) for s in scopes] + [5]))
    if items:
        print(f"{'ID':<{n}}  {'v':>2}  {'state':<10}  {'review':<10}  {'scope':<{width}}  title")
    for a, scope in zip(items, scopes, strict=True):
        print(f"{a.id.hex[:n]:<{n}}  {a.version:>2}  {a.state.value:<10}  "
              f"{_day(a.review_on):<10}  {_cut(scope, width):<{width}}  {a.title}")
    which = "versions" if args.all_versions else "agreements"
    print(f"{len(items)} {which if len(items) != 1 else which[:-1]}"
          + (f" in state {state.value}." if state else "."))
    return 0


def _review(service) -> int:  # type: ignore[no-untyped-def]
    items = service.review_queue()
    n = prefix_length([a.id for a in service.list(all_versions=True)])
    for item in items:
        a = item.agreement
        print(f"{REASONS[item.reason]:<18}  {a.id.hex[:n]:<{n}}  v{a.version}  "
              f"{_day(a.review_on):<10}  {a.title}")
    print(f"{len(items)} item{'s' if len(items) != 1 else ''} in the review queue.")
    return 0


def _calendar(service, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    target = Path(args.output)
    if target.exists() and not args.force:
        raise Conflict(f"{target} exists already; add --force to replace it.")
    if not target.parent.is_dir():
        raise ValidationError(f"The folder {target.parent} does not exist.")
    count = service.export_review_calendar(target)
    print(f"{count} review date{'s' if count != 1 else ''} written to {target}.")
    return 0


def _show(service, agreement_id: uuid.UUID) -> int:  # type: ignore[no-untyped-def]
    v = service.get(agreement_id)
    a, c, snap = v.summary, v.content, v.snapshot
    versions = service.versions(a.series_id)
    print(f"{a.title}")
    print(f"  ID:            {a.id}")
    print(f"  Version:       {a.version} ({a.state.value}); versions: "
          + ", ".join(f"{x.version} {x.state.value}" for x in versions))
    print(f"  Team:          {a.team}" + (f", {a.place_name}" if a.place_name else ""))
    print(f"  Parties:       {c.parties}")
    print(f"  Period:        {_day(c.period_from) or '?'} to {_day(c.period_to) or '?'}")
    print(f"  Resources:     {c.hours_per_week} hours a week, "
          f"EUR {c.budget_cents / 100:,.2f}")
    print(f"  Review on:     {_day(c.review_on) or '-'}")
    print(f"  Written by:    {v.created_by_name or '-'}")
    if a.approved_at:
        print(f"  Approved:      {_moment(a.approved_at)} by {a.approved_by_name}: "
              f"{v.approval_note}")
    if snap.cells or snap.team:
        scope = snap.team + (f", {snap.place}" if snap.place else "")
        print(f"  Matrix:        snapshot of {scope}: {len(snap.cells)} cells, "
              f"{len(snap.findings)} finding{'s' if len(snap.findings) != 1 else ''}")
    else:
        print("  Matrix:        none")
    for label, text in (("Assignment (opdracht)", c.assignment),
                        ("Expected results", c.expected_results),
                        ("Mutual expectations", c.mutual_expectations),
                        ("Mandate and decision rights", c.mandate),
                        ("Evaluation criteria", c.evaluation_criteria)):
        print(f"{label}:")
        for paragraph in (text or "-").splitlines() or ["-"]:
            print(textwrap.fill(paragraph, 92, initial_indent="  ", subsequent_indent="  ")
                  if paragraph.strip() else "")
    print("Trail:")
    for step in v.steps:
        move = f"{step.from_state or 'new'} -> {step.to_state.value}"
        note = f": {step.note}" if step.note else ""
        print(f"  {_moment(step.at)}  {move:<22}  {step.by_name or '-'}{note}")
    return 0


def _day(value) -> str:  # type: ignore[no-untyped-def]
    return value.isoformat() if value else ""


def _moment(value) -> str:  # type: ignore[no-untyped-def]
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


COMMANDS = {
    "matrix": cmd_matrix,
    "agreements": cmd_agreements,
}

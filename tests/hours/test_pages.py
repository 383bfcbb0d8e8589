"""The hours pages: every state change is a CSRF-protected POST that commits once; pages render for each role."""
from __future__ import annotations

import csv
import hashlib
import io
import re
from datetime import timedelta

import pytest
from markupsafe import escape
from sqlalchemy import select

from supervision.enums import HoursStatus
from supervision.extensions import db
from supervision.hours import services as hours
from supervision.hours.models import HoursEntry, HoursLogExport
from tests.conftest import csrf_token, login
from tests.hours.conftest import commit, log


def post(client, path, data=None, page="/hours/"):
    return client.post(path, data={**(data or {}), "csrf_token": csrf_token(client, page)})


def entries():
    db.session.expire_all()
    return list(db.session.execute(select(HoursEntry).order_by(HoursEntry.id)).scalars())


def test_a_trainee_logs_hours_through_the_form(client, world, today):
    login(client, world.trainee)
    page = client.get("/hours/entries/new").get_data(as_text=True)
    assert 'name="duration"' in page and 'name="csrf_token"' in page and "Individual/triadic supervision" in page
    response = post(client, "/hours/entries/new", {"date": today.isoformat(), "duration": "1:30",
                                                    "category": "group_supervision", "description": "Case review"},
                    "/hours/entries/new")
    assert response.status_code == 302
    [entry] = entries()
    assert (entry.minutes, entry.category, entry.status) == (90, "group_supervision", HoursStatus.PENDING)
    assert "Logged 1 h 30 min of Group supervision" in client.get("/hours/").get_data(as_text=True)


def test_a_bad_entry_form_keeps_what_was_typed_and_says_why(client, world, today):
    login(client, world.trainee)
    response = post(client, "/hours/entries/new", {"date": (today + timedelta(days=1)).isoformat(), "duration": "1:30",
                                                    "category": "training", "description": "Workshop"},
                    "/hours/entries/new")
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "The date cannot be in the future." in html and 'value="1:30"' in html and "Workshop" in html
    response = post(client, "/hours/entries/new", {"date": today.isoformat(), "duration": "lots",
                                                    "category": "training"}, "/hours/entries/new")
    assert response.status_code == 422 and "Write the time as 1:30" in response.get_data(as_text=True)
    assert entries() == []


def test_a_description_with_an_identifier_is_saved_with_a_warning(client, world, today):
    login(client, world.trainee)
    post(client, "/hours/entries/new", {"date": today.isoformat(), "duration": "1", "category": "consultation",
                                        "description": "Called Jayden's school at 508-555-0142"}, "/hours/entries/new")
    assert len(entries()) == 1
    assert "may hold an identifier" in client.get("/hours/").get_data(as_text=True)


def test_posts_without_a_csrf_token_are_refused(signed_in, world, today):
    entry = log(world.trainee, today)
    commit()
    client = signed_in(world.trainee)
    assert client.post("/hours/entries/new", data={"date": today.isoformat(), "duration": "1",
                                                    "category": "training"}).status_code == 400
    assert client.post(f"/hours/entries/{entry.id}/delete").status_code == 400
    client = signed_in(world.supervisor)
    for path in (f"/hours/entries/{entry.id}/verify", "/hours/verify", f"/hours/entries/{entry.id}/reject"):
        assert client.post(path, data={"ids": [entry.id], "reject-reason": "No way."}).status_code == 400
    assert entries()[0].status == HoursStatus.PENDING


def test_the_weekly_grid_saves_a_week_and_refuses_a_bad_cell_without_saving_anything(client, world, monday, today):
    login(client, world.trainee)
    html = client.get(f"/hours/week?start={monday.isoformat()}").get_data(as_text=True)
    cell = f"m-individual_supervision-{monday.isoformat()}"
    assert f'name="{cell}"' in html and "Week of" in html
    bad = post(client, "/hours/week", {"start": monday.isoformat(), cell: "1", f"m-training-{monday.isoformat()}": "abc"},
               "/hours/week")
    assert bad.status_code == 422 and "Write 1:30, 1.5 or 45 min." in bad.get_data(as_text=True)
    assert 'value="abc"' in bad.get_data(as_text=True) and entries() == []
    good = post(client, "/hours/week", {"start": monday.isoformat(), cell: "1", f"m-training-{monday.isoformat()}": "2:15",
                                        "description": "Didactics"}, "/hours/week")
    assert good.status_code == 302
    assert sorted((e.category, e.minutes, e.description) for e in entries()) == [
        ("individual_supervision", 60, "Didactics"), ("training", 135, "Didactics")]
    html = client.get(f"/hours/week?start={monday.isoformat()}").get_data(as_text=True)
    assert "1 h logged" in html  # what is already there shows under its cell
    empty = post(client, "/hours/week", {"start": monday.isoformat()}, "/hours/week")
    assert empty.status_code == 422 and "Enter the hours of at least one activity." in empty.get_data(as_text=True)


def test_a_supervisor_verifies_in_bulk_and_rejects_with_a_reason(signed_in, world, today):
    first, second, third = (log(world.trainee, today - timedelta(days=i), "training", 60) for i in range(3))
    commit()
    client = signed_in(world.supervisor)
    queue = client.get("/hours/queue").get_data(as_text=True)
    assert queue.count('name="ids"') == 3 and "Tara Trainee" in queue
    response = post(client, "/hours/verify", {"ids": [first.id, second.id], "next": "/hours/queue"}, "/hours/queue")
    assert response.status_code == 302 and response.headers["Location"].endswith("/hours/queue")
    assert [e.status for e in entries()] == [HoursStatus.VERIFIED, HoursStatus.VERIFIED, HoursStatus.PENDING]
    form = client.get(f"/hours/entries/{third.id}").get_data(as_text=True)
    # The reason goes to the trainee: it is checked for identifiers as it is typed, like a comment.
    assert re.search(r'<textarea[^>]*class="phi-warn"[^>]*name="reject-reason"|<textarea[^>]*name="reject-reason"[^>]*class="phi-warn"', form)
    refused = post(client, f"/hours/entries/{third.id}/reject", {"reject-reason": ""}, f"/hours/entries/{third.id}")
    assert refused.status_code == 302 and entries()[2].status == HoursStatus.PENDING
    post(client, f"/hours/entries/{third.id}/reject", {"reject-reason": "Not supervised by me.", "reject-version": 1},
         f"/hours/entries/{third.id}")
    assert entries()[2].status == HoursStatus.REJECTED
    client = signed_in(world.trainee)
    page = client.get(f"/hours/entries/{third.id}").get_data(as_text=True)
    assert "Not supervised by me." in page and "Correct and resubmit" in page


def test_a_supervisor_reopens_with_a_reason_and_the_history_shows_it(client, world, today):
    entry = log(world.trainee, today, status="verified", supervisor=world.supervisor)
    commit()
    login(client, world.supervisor)
    page = client.get(f"/hours/entries/{entry.id}").get_data(as_text=True)
    assert "Reopen for verification" in page and ">Verify<" not in page
    post(client, f"/hours/entries/{entry.id}/reopen", {"reopen-reason": "The date looks wrong.", "reopen-version": 2},
         f"/hours/entries/{entry.id}")
    assert entries()[0].status == HoursStatus.PENDING
    history = client.get(f"/hours/entries/{entry.id}").get_data(as_text=True)
    assert "Reopened" in history and "The date looks wrong." in history


def test_a_stale_decision_says_so_and_changes_nothing(client, world, today):
    entry = log(world.trainee, today)
    hours.update_entry(entry, world.trainee, minutes=30)  # version 2
    commit()
    login(client, world.supervisor)
    post(client, f"/hours/entries/{entry.id}/verify", {"version": 1}, f"/hours/entries/{entry.id}")
    assert entries()[0].status == HoursStatus.PENDING
    assert "changed in another window" in client.get(f"/hours/entries/{entry.id}").get_data(as_text=True)


def test_the_trainee_edits_and_deletes_own_entries(client, world, today):
    entry = log(world.trainee, today, "training", 60)
    commit()
    login(client, world.trainee)
    form = client.get(f"/hours/entries/{entry.id}/edit").get_data(as_text=True)
    assert 'value="1:00"' in form
    post(client, f"/hours/entries/{entry.id}/edit", {"date": today.isoformat(), "duration": "45 min",
                                                      "category": "training", "version": 1},
         f"/hours/entries/{entry.id}/edit")
    assert entries()[0].minutes == 45
    post(client, f"/hours/entries/{entry.id}/delete", {"version": 2}, f"/hours/entries/{entry.id}")
    assert entries() == []


def test_exports_csv_and_aapi(client, world, today):
    log(world.trainee, today, "individual", 61, description="=HYPERLINK(\"http://x.test\")",
        status="verified", supervisor=world.supervisor)
    log(world.trainee, today, "training", 30)
    commit()
    login(client, world.trainee)
    response = client.get("/hours/export.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["category"], r["minutes"], r["status"]) for r in rows] == [("individual", "61", "verified"),
                                                                         ("training", "30", "pending")]
    assert rows[0]["description"] == "'=HYPERLINK(\"http://x.test\")" and rows[0]["verified_by"] == "Sam Supervisor"
    aapi = client.get("/hours/aapi").get_data(as_text=True)
    assert re.search(r"Individual counseling</td><td class=\"num\">61</td><td class=\"num\">2<", aapi)
    aapi_csv = client.get("/hours/aapi.csv").get_data(as_text=True)
    assert "Intervention,Total,61,2" in aapi_csv and "Support,Total,0,0" in aapi_csv  # pending hours do not count


def test_the_signed_pdf_log_is_a_post_and_its_fingerprint_checks_out(signed_in, world, today):
    log(world.trainee, today, "individual", 50, status="verified", supervisor=world.supervisor)
    commit()
    client = signed_in(world.trainee)
    assert client.get("/hours/log.pdf").status_code == 405
    response = post(client, "/hours/log.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    pdf = response.data
    assert pdf.startswith(b"%PDF-")
    export = db.session.execute(select(HoursLogExport)).scalar_one()
    assert export.file_sha256 == hashlib.sha256(pdf).hexdigest() and export.verified_minutes == 50
    assert f"hours-log-sha256:{export.content_sha256}".encode() in pdf

    client = signed_in(world.director)
    page = "/hours/fingerprint"
    by_paste = post(client, page, {"fingerprint": export.content_sha256.upper()}, page).get_data(as_text=True)
    assert "This fingerprint is of a log the program issued" in by_paste and "nothing has changed since" in by_paste
    upload = client.post(page, data={"csrf_token": csrf_token(client, page), "fingerprint": "",
                                     "file": (io.BytesIO(pdf), "log.pdf")}, content_type="multipart/form-data")
    assert "This is a log the program issued, unchanged" in upload.get_data(as_text=True)
    altered = pdf + b"\n% re-saved\n"
    upload = client.post(page, data={"csrf_token": csrf_token(client, page),
                                     "file": (io.BytesIO(altered), "log.pdf")}, content_type="multipart/form-data")
    assert "is not byte for byte the file issued" in upload.get_data(as_text=True)
    unknown = post(client, page, {"fingerprint": "0" * 64}, page).get_data(as_text=True)
    assert "Not a log this program issued" in unknown
    bad = post(client, page, {"fingerprint": "not a hash"}, page)
    assert bad.status_code == 422 and "64 hexadecimal" in bad.get_data(as_text=True)

    # Hours change after the log was issued: the log no longer matches what is on file.
    entry = entries()[0]
    hours.reopen_hours(entry, world.supervisor, reason="Date check.")
    commit()
    later = post(client, page, {"fingerprint": export.content_sha256}, page).get_data(as_text=True)
    assert "have changed since" in later


def test_the_fingerprint_page_is_the_directors_and_sees_only_their_program(signed_in, world, today):
    log(world.trainee, today, "individual", 50, status="verified", supervisor=world.supervisor)
    commit()
    client = signed_in(world.trainee)
    post(client, "/hours/log.pdf")
    fingerprint = db.session.execute(select(HoursLogExport.content_sha256)).scalar_one()
    assert client.get("/hours/fingerprint").status_code == 403
    client = signed_in(world.other_director)
    page = post(client, "/hours/fingerprint", {"fingerprint": fingerprint}, "/hours/fingerprint")
    assert "Not a log this program issued" in page.get_data(as_text=True)


def test_the_director_sees_and_sorts_the_cohort_and_downloads_it(client, world, today):
    log(world.trainee2, today, "individual", 600, status="verified", supervisor=world.supervisor)
    log(world.trainee, today, "individual", 60, status="verified", supervisor=world.supervisor)
    commit()
    login(client, world.director)
    html = client.get("/hours/cohort").get_data(as_text=True)
    names = re.findall(r'trainee=\d+">([^<]+)</a>', html)
    assert names == ["Tara Trainee", "Theo Trainee", "Tia Trainee"]
    html = client.get("/hours/cohort?sort=verified&order=desc").get_data(as_text=True)
    assert re.findall(r'trainee=\d+">([^<]+)</a>', html)[:2] == ["Theo Trainee", "Tara Trainee"]
    assert 'aria-sort="descending"' in html
    html = client.get("/hours/cohort?sort=set:cacrep_practicum&order=desc").get_data(as_text=True)
    assert re.findall(r'trainee=\d+">([^<]+)</a>', html)[0] == "Theo Trainee"
    assert client.get("/hours/cohort?sort=bogus").status_code == 200
    response = client.get("/hours/cohort.csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0][:5] == ["trainee_id", "trainee", "email", "verified_minutes", "pending_minutes"]
    assert [r[1] for r in rows[1:]] == ["Tara Trainee", "Theo Trainee", "Tia Trainee"]
    assert "Other" not in response.get_data(as_text=True)


def test_the_cohort_table_shows_each_sets_progress_forecast_and_warnings(client, world, today):
    log(world.trainee, today - timedelta(days=7), "individual", 600, status="verified", supervisor=world.supervisor)
    log(world.trainee, today, "individual", 300)  # client contact this week and no supervision: warned
    commit()
    login(client, world.director)
    html = client.get("/hours/cohort").get_data(as_text=True)
    row = re.search(rf'<tr>\s*<td><a href="/hours/\?trainee={world.trainee.id}">Tara Trainee</a></td>(.*?)</tr>',
                    html, re.S).group(1)
    cells = re.findall(r'<td class="num">(.*?)</td>', row, re.S)
    assert [c.strip() for c in cells[:2]] == ["10 h", "5 h"]
    # Each rule set's cell, from the trainee's own progress: its lowest percent, how many rules are met, and the
    # latest forecast while one is not met.
    evaluation, _, _ = hours.evaluate_trainee(world.trainee, today=today)
    sets = [rs for rs in hours.program_rule_sets(world.program.id)]
    assert len(cells) == 2 + len(sets)
    for rule_set, cell in zip(sets, cells[2:]):
        mine = [p for p in evaluation.progress if p.rule_set_code == rule_set.code]
        parts = [f'<span class="pct">{min(p.percent for p in mine):g}%</span>',
                 f'<span class="small">{sum(p.met for p in mine)} of {len(mine)} met</span>']
        latest = max(p.forecast_date for p in mine if p.forecast_date)
        parts.append(f'<span class="small">by {latest.strftime("%b %-d, %Y")}</span>')
        assert re.sub(r"\s+", " ", cell).strip() == " ".join(parts), rule_set.code
    warnings = re.findall(r'<li class="([a-z_]+)">(.*?)</li>', row)
    assert warnings == [("supervision_below_rule", str(escape(w.message))) for w in evaluation.warnings]
    assert len(warnings) == 3  # the internship's two weekly averages and the board's weekly supervision
    none = re.search(rf'trainee={world.trainee2.id}">.*?</tr>', html, re.S).group(0)
    assert '<span class="muted">None</span>' in none and '<span class="pct">0%</span>' in none


def test_the_director_configures_categories_and_requirements(client, world):
    login(client, world.director)
    assert "Requirement rule sets" in client.get("/hours/settings").get_data(as_text=True)
    post(client, "/hours/settings/categories", {"name": "Sand tray", "code": "", "group": "direct",
                                                "aapi": "Intervention"}, "/hours/settings")
    assert "sand_tray" in hours.category_map(world.program.id)
    page = client.get("/hours/settings/categories/sand_tray")
    assert page.status_code == 200 and client.get("/hours/settings/categories/nope").status_code == 404
    post(client, "/hours/settings/categories/sand_tray", {"name": "Sand tray therapy", "group": "direct",
                                                          "aapi": "Intervention"}, "/hours/settings")
    category = hours.category_map(world.program.id)["sand_tray"]
    assert (category.name, category.active) == ("Sand tray therapy", False)  # an unticked box: no longer in use
    bad = post(client, "/hours/settings/requirements/new", {"name": "Bad", "rules": '[{"kind": "total"}]'},
               "/hours/settings")
    assert bad.status_code == 422 and "rule 1: give it a name" in bad.get_data(as_text=True)
    post(client, "/hours/settings/requirements/new",
         {"name": "Practicum hours (state)", "active": "y", "rules": '[{"kind": "total", "name": "Total", "hours": 150}]'},
         "/hours/settings")
    assert "practicum_hours_state" in [rs.code for rs in hours.program_rule_sets(world.program.id)]
    edit = client.get("/hours/settings/requirements/practicum_hours_state").get_data(as_text=True)
    assert "&#34;hours&#34;: 150" in edit or '"hours": 150' in edit


@pytest.mark.parametrize("who", ["trainee", "supervisor", "director"])
def test_the_dashboards_show_hours(client, world, today, who):
    log(world.trainee, today, "individual", 120, status="verified", supervisor=world.supervisor)
    log(world.trainee, today, "training", 60)
    commit()
    login(client, getattr(world, who))
    html = client.get("/dashboard").get_data(as_text=True)
    if who == "trainee":
        assert "2 h</strong> verified" in html and "1 h waiting for verification" in html
        assert "CACREP internship" in html and "<svg" in html and "hours.css" in html
    elif who == "director":
        assert "1 hours entry waits for a supervisor" in html and "/hours/cohort" in html
    page = client.get("/hours/")
    assert page.status_code == 200


def test_pages_hold_no_inline_script_or_style(signed_in, world, today):
    log(world.trainee, today, "individual", 120, status="verified", supervisor=world.supervisor)
    commit()
    paths = {"trainee": ["/hours/", "/hours/entries/new", "/hours/week", "/hours/aapi", "/dashboard"],
             "supervisor": ["/hours/", "/hours/queue"],
             "director": ["/hours/", "/hours/cohort", "/hours/settings", "/hours/fingerprint",
                          "/hours/settings/requirements/state_board", "/dashboard"]}
    for who, pages in paths.items():
        client = signed_in(getattr(world, who))
        for path in pages:
            response = client.get(path)
            html = response.get_data(as_text=True)
            assert response.status_code == 200, path
            assert " style=" not in html and "<script>" not in html and "onclick" not in html, path

"""法定节假日 kept by the administrator: the State Council schedule of a year, the
administrator's entries over it, years entered by hand, and what each change refuses."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.settings.calendar_admin import CalendarEntryError


def test_a_published_year_lists_the_schedule_with_chinese_names(services) -> None:  # type: ignore[no-untyped-def]
    year = services.calendar_admin.year(2026)
    assert year.published and not year.estimated and not year.entered
    by_day = {item.day: item for item in year.schedule}
    assert (by_day[date(2026, 10, 1)].working, by_day[date(2026, 10, 1)].name) == (False, "国庆节")
    # Sunday 2026-09-20 is a make-up working day for 国庆.
    assert (by_day[date(2026, 9, 20)].working, by_day[date(2026, 9, 20)].name) == (True, "国庆节")
    assert by_day[date(2026, 2, 17)].name == "春节"
    assert date(2026, 10, 1) in year.rest_days and date(2026, 9, 20) not in year.rest_days
    assert date(2026, 12, 12) in year.rest_days  # a Saturday
    assert year.entries == ()


def test_the_domain_examples_through_the_database_calendar(services) -> None:  # type: ignore[no-untyped-def]
    due = services.calendar_admin.due_date
    assert due(date(2026, 9, 16), days=15).due == date(2026, 10, 8)
    assert due(date(2026, 11, 27), days=15).due == date(2026, 12, 14)
    assert due(date(2026, 9, 5), days=15).due == date(2026, 9, 20)
    # An administrator declares Monday 2026-12-14 a holiday.
    services.calendar_admin.set_day(date(2026, 12, 14), False, "地方假日")
    counted = due(date(2026, 11, 27), days=15)
    assert counted.due == date(2026, 12, 15) and counted.calendar.endswith("+ overrides")
    # Roll-over switched off in the settings: the Saturday stands.
    services.settings.update({"deadline_roll_over": False})
    assert due(date(2026, 11, 27), days=15).due == date(2026, 12, 12)
    assert due(date(2026, 11, 27), days=15, roll_over=True).due == date(2026, 12, 15)


def test_an_unknown_year_is_estimated_until_marked_entered(services) -> None:  # type: ignore[no-untyped-def]
    admin = services.calendar_admin
    year = admin.year(2030)
    assert not year.published and year.estimated and year.schedule == ()
    assert year.last_published_year == 2026
    # 2030-09-23 + 8 = Tuesday 2030-10-01: by weekends only a working day.
    first = admin.due_date(date(2030, 9, 23), days=8)
    assert (first.due, first.estimated) == (date(2030, 10, 1), True)
    for day in (1, 2, 3, 4, 7):  # 10-05 and 10-06 are a weekend already
        admin.set_day(date(2030, 10, day), False, "国庆节")
    admin.set_day(date(2030, 9, 29), True, "国庆调休")
    entered = admin.due_date(date(2030, 9, 23), days=8)
    assert entered.due == date(2030, 10, 8) and entered.estimated is True  # not yet marked
    change = admin.set_year_entered(2030, True)
    assert change.calendar.entered and not change.calendar.estimated
    assert change.calendar.entered_by == "测试前台"
    assert [entry.day for entry in change.calendar.entries][:2] == [date(2030, 9, 29),
                                                                    date(2030, 10, 1)]
    marked = admin.due_date(date(2030, 9, 23), days=8)
    assert (marked.due, marked.estimated) == (date(2030, 10, 8), False)
    assert admin.set_year_entered(2030, False).calendar.estimated


@pytest.mark.parametrize(
    ("call", "field", "text"),
    [
        (lambda a: a.set_day(date(1999, 12, 31), False, ""), "day", "2000 年到 2100 年"),
        (lambda a: a.set_day(date(2101, 1, 3), False, ""), "day", "2000 年到 2100 年"),
        (lambda a: a.set_day(date(2026, 12, 14), False, "假" * 65), "note", "说明"),
        (lambda a: a.set_day(date(2026, 10, 1), False, ""), "kind", "已是休息日"),
        (lambda a: a.set_day(date(2026, 9, 20), True, ""), "kind", "已是工作日"),
        (lambda a: a.set_day(date(2030, 10, 5), False, ""), "kind", "已是休息日"),  # Saturday
        (lambda a: a.remove_day(date(2026, 12, 14)), "day", "没有录入过"),
        (lambda a: a.set_year_entered(2026, True), "year", "程序里已有"),
        (lambda a: a.set_year_entered(2031, False), "year", "没有标记"),
        (lambda a: a.year(1999), "year", "2000 到 2100"),
    ],
)
def test_refused_entries_say_why_in_chinese(services, call, field, text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CalendarEntryError) as error:
        call(services.calendar_admin)
    assert error.value.field == field
    assert text in error.value.message
    assert services.calendar_admin.year(2026).entries == ()


def test_changing_an_entry_and_setting_it_back_to_the_schedule(services) -> None:  # type: ignore[no-untyped-def]
    admin = services.calendar_admin
    admin.set_day(date(2026, 12, 14), False, "地方假日")
    changed = admin.set_day(date(2026, 12, 14), False, "  地方假日（补）  ")
    [entry] = changed.calendar.entries
    assert (entry.day, entry.working, entry.note, entry.schedule_working) == (
        date(2026, 12, 14), False, "地方假日（补）", True)
    with pytest.raises(CalendarEntryError) as error:
        admin.set_day(date(2026, 12, 14), True, "")
    assert "删除" in error.value.message
    assert admin.remove_day(date(2026, 12, 14)).calendar.entries == ()

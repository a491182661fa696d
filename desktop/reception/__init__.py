"""Leader reception days (领导接访日, issue 10): the roster, planned sessions, publishing
and the published schedule's exports.

The API other wings build on (booking, check-in and follow-up come next):

- `roster.RosterService` — leaders (name, 职务, 分管领域 as content category codes, unit,
  active) and the people who sit in (unit head, bureau head, lawyer). Never deleted.
- `planning.ReceptionService` — sessions: create / update one-off sessions, preview and
  save recurrence rules (expanded on the official calendar, `recurrence.expand`), swap a
  session's leader (history kept), publish / unpublish / cancel, list a date range,
  read one session (`session_detail`).
- `schedule.ScheduleService` — the published schedule over a date range as an A4 PDF
  notice, an Excel sheet or an iCalendar file (`export`), and the board's list of
  today's and the coming week's published sessions (`coming`).
- `bookings.count_bookings(session, ids)` — the one place that says how many bookings
  sessions hold; the booking helper replaces its body. Unpublishing, cancelling and
  moving a session with bookings is refused until then (`SessionHasBookings`).

Every date question goes through `load_calendar(session)` (desktop/cases/calendar_store);
all times are Asia/Shanghai and a session belongs to its local day (`day`).
"""

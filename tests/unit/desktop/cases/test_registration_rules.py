"""Sorting rules of 接谈登记: where a 检举控告 or 涉法涉诉 transfer goes first, which bodies
a legal channel offers, and when the form asks before saving."""

from __future__ import annotations

from desktop.cases.registration_rules import route_warning, units_for_route
from desktop.domain import MatterSort, Route


def test_an_accusation_lists_discipline_units_first_and_preselects_one(services) -> None:  # type: ignore[no-untyped-def]
    units = services.registration.counting().units
    assert units[0].code == "HK-ZJJ"  # the directory's own order
    ordered, chosen = units_for_route(units, Route.TRANSFERRED, "", MatterSort.ACCUSATION,
                                      frozenset())
    assert ordered[0].code == "HK-JW" and chosen is not None and chosen.code == "HK-JW"
    assert len(ordered) == len(units)  # every unit is still offered
    ordered, chosen = units_for_route(units, Route.TRANSFERRED, "", MatterSort.CLAIM,
                                      frozenset({"law_related"}))
    assert [u.code for u in ordered[:4]] == ["HK-ZFW", "HK-ZY", "HK-JCY", "HK-ZJJ"]
    assert chosen is not None and chosen.code == "HK-ZFW"
    ordered, chosen = units_for_route(units, Route.TRANSFERRED, "", MatterSort.CLAIM,
                                      frozenset())
    assert ordered == units and chosen is None


def test_a_legal_channel_offers_only_its_bodies(services) -> None:  # type: ignore[no-untyped-def]
    units = services.registration.counting().units
    bodies, chosen = units_for_route(units, Route.LEGAL_CHANNEL, "labour_arbitration", None,
                                     frozenset())
    assert [u.code for u in bodies] == ["HK-ZCW", "HK-LDZC"] and chosen is None
    bodies, chosen = units_for_route(units, Route.LEGAL_CHANNEL, "litigation", None,
                                     frozenset())
    assert [u.code for u in bodies] == ["HK-ZY"] and chosen is not None
    assert units_for_route(units, Route.LEGAL_CHANNEL, "", None, frozenset()) == ((), None)


def test_an_accusation_refused_or_sent_to_a_channel_is_questioned() -> None:
    for route in (Route.LEGAL_CHANNEL, Route.NOT_ACCEPTED):
        warning = route_warning(MatterSort.ACCUSATION, route)
        assert warning is not None and "纪检监察" in warning
    assert route_warning(MatterSort.ACCUSATION, Route.TRANSFERRED) is None
    assert route_warning(MatterSort.CLAIM, Route.NOT_ACCEPTED) is None

"""Errors as the window tells them: Dutch, one sentence, never the raw English or a trace."""

from wijkdesk.errors import (
    BackupProblem,
    Conflict,
    LoginThrottled,
    PermissionDenied,
    ValidationError,
)
from wijkdesk.gui.launch import prepare
from wijkdesk.gui.messages import describe


def test_each_kind_of_error_is_told_in_dutch(qapp, locations):
    prepare(qapp, locations)  # Dutch by default
    assert describe(LoginThrottled("x", 1)) == \
        "Te veel mislukte pogingen. Probeer het over 1 seconde opnieuw."
    assert describe(LoginThrottled("x", 8)).endswith("over 8 seconden opnieuw.")
    assert describe(PermissionDenied("Your role does not allow this (x).")) == \
        "Uw rol staat dit niet toe."
    assert describe(BackupProblem("The backup could not be written (No space).")).startswith(
        "De back-up kon niet worden gemaakt.")
    # a service message with a translation of its own, then one without
    assert describe(ValidationError("A password needs at least 10 characters.")) == \
        "Een wachtwoord heeft minstens 10 tekens."
    assert describe(Conflict("Some new English sentence.")) == \
        "Dit botst met wat al is vastgelegd; er is niets gewijzigd."
    assert describe(RuntimeError("Jansen, Dorpsstraat 1")) .startswith("Er ging iets mis")
    # record messages with a variable part: the template and the field are both Dutch
    assert describe(ValidationError("The family name is required.")) == \
        "Achternaam: dit moet worden ingevuld."
    assert describe(ValidationError("The note is longer than 500 characters.")) == \
        "Notitie: niet meer dan 500 tekens."
    assert describe(ValidationError("That is not a known contact kind.")) == \
        "Soort contact: dat is geen van de keuzes."
    assert describe(ValidationError("A contact lasts 1 minute to 24 hours.")) == \
        "Een contact duurt 1 minuut tot 24 uur."

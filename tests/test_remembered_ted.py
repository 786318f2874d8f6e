"""bot.components.remembered_ted: TED's network computed once per distinct input, and nothing predicted differently."""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

import numpy as np
import pytest
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.loading import load_data_from_files

from bot.components.remembered_ted import RememberedPredictions, RememberingTEDPolicy, batch_digest
from tests.helpers import PROJECT_ROOT


def batch(*values: Any) -> Tuple[np.ndarray, ...]:
    return tuple(np.asarray(value) for value in values)


class Counting:
    """A stand-in network: outputs that depend on the whole batch, and a count of the calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, inputs: Tuple[np.ndarray, ...]) -> Dict[str, Any]:
        self.calls += 1
        total = float(sum(float(np.sum(array)) for array in inputs))
        return {"scores": np.array([[total, -total]]), "diagnostic_data": {"attention": np.array([self.calls])}}


def test_equal_batches_share_a_digest_and_any_difference_changes_it() -> None:
    first = batch([[1, 0, 2]], [0.5, 0.25])
    assert batch_digest(first) == batch_digest(batch([[1, 0, 2]], [0.5, 0.25]))
    assert batch_digest(first) != batch_digest(batch([[1, 0, 3]], [0.5, 0.25]))  # a value
    assert batch_digest(first) != batch_digest(batch([1, 0, 2], [0.5, 0.25]))  # a shape
    assert batch_digest(first) != batch_digest(batch(np.array([[1, 0, 2]], dtype=np.int8), [0.5, 0.25]))  # a type
    assert batch_digest(first) != batch_digest(batch([[1, 0]], [2, 0.5, 0.25]))  # where one array ends
    assert batch_digest((np.array([object()], dtype=object),)) is None


def test_a_batch_seen_before_is_not_computed_again() -> None:
    network = Counting()
    remembered = RememberedPredictions(network)
    first = remembered(batch([[1, 2]], [3]))
    again = remembered(batch([[1, 2]], [3]))  # equal arrays, other objects
    assert network.calls == 1 and (remembered.hits, remembered.misses) == (1, 1)
    assert np.array_equal(first["scores"], again["scores"])
    assert np.array_equal(first["diagnostic_data"]["attention"], again["diagnostic_data"]["attention"])
    remembered(batch([[1, 2]], [4]))
    assert network.calls == 2


def test_changing_an_answer_does_not_change_the_remembered_one() -> None:
    remembered = RememberedPredictions(Counting())
    first = remembered(batch([[1.0]]))
    first["scores"][0, 0] = 99.0
    first["diagnostic_data"]["attention"][0] = 99
    again = remembered(batch([[1.0]]))
    assert again["scores"][0, 0] == 1.0 and again["diagnostic_data"]["attention"][0] == 1


def test_it_is_bounded_least_recently_used_first_out() -> None:
    network = Counting()
    remembered = RememberedPredictions(network, capacity=2)
    for value in (1, 2, 1, 3):  # 1 is used again before 3 comes, so 2 goes
        remembered(batch([value]))
    assert network.calls == 3
    remembered(batch([1]))
    assert network.calls == 3
    remembered(batch([2]))
    assert network.calls == 4


def test_a_batch_it_cannot_digest_is_always_computed() -> None:
    network = Counting()
    remembered = RememberedPredictions(lambda inputs: network(batch([1])))
    strange = (np.array([object()], dtype=object),)
    remembered(strange)
    remembered(strange)
    assert network.calls == 2 and remembered.hits == 0


# --- the project's model ---------------------------------------------------------------------------------------


def story_trackers(domain: Any) -> List[DialogueStateTracker]:
    """Every point in the test stories where the assistant predicts an action, as a tracker."""
    files = sorted(str(path) for path in (PROJECT_ROOT / "tests").glob("test_*stories*.yml"))
    trackers = []
    for step in load_data_from_files(files, domain):
        events = step.explicit_events(domain)
        for end, event in enumerate(events):
            if isinstance(event, ActionExecuted) and end:
                trackers.append(DialogueStateTracker.from_events(step.block_name, events[:end], domain.slots))
    return trackers


def ted_of(agent: Any) -> RememberingTEDPolicy:
    components = [node._component for node in agent.processor.graph_runner._instantiated_nodes.values()]
    return next(component for component in components if isinstance(component, RememberingTEDPolicy))


@pytest.mark.slow
def test_the_assistant_predicts_the_same_with_and_without_remembering(loaded_agent: Any) -> None:
    processor = loaded_agent.processor
    remembered = ted_of(loaded_agent).model._rasa_predict
    assert isinstance(remembered, RememberedPredictions)
    trackers = story_trackers(processor.domain)
    assert len(trackers) > 100

    def predictions() -> List[Tuple[Any, Any]]:
        return [(prediction["policy"], prediction["scores"]) for prediction in
                (processor.predict_next_with_tracker(tracker) for tracker in trackers)]

    seen: List[Any] = []
    network = remembered.predict
    remembered.predict = lambda inputs: seen.append(inputs) or network(inputs)
    try:
        first = predictions()
        misses = remembered.misses
        assert predictions() == first  # the second time, all from memory
        assert remembered.misses == misses
        ted_of(loaded_agent).model._rasa_predict = network
        assert predictions() == first  # and Rasa's TED, computing every time, predicts the same
    finally:
        ted_of(loaded_agent).model._rasa_predict = remembered
        remembered.predict = network
    assert seen, "TED was never asked"
    for inputs in seen:
        fresh, kept = network(inputs), remembered(inputs)
        assert fresh.keys() == kept.keys()
        for key in ("scores", "similarities"):
            assert np.array_equal(fresh[key], kept[key])

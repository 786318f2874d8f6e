"""TED, with each distinct input to its neural network computed once.

TED predicts from the last few turns' states: intents, slots that influence the conversation, the previous
action, the active form. The same states recur across conversations and within one (every report passes through
the same questions), yet Rasa runs the TensorFlow graph again for each prediction, two or three times per turn:
a quarter of the Rasa server's time in a profile of ten conversations at once (docs/benchmarks.md).

The network is a pure function of the input batch it is given, so `RememberedPredictions` keeps its outputs by
a digest of that batch's arrays (their dtype, shape and bytes): a batch seen before gets a copy of the outputs
computed for it, anything else is computed. Only the featurised states are in the key, never words of a message
(TED here is trained on intents, not text); the outputs are confidences over actions. Bounded, least recently
used first out.
"""
from __future__ import annotations

import copy
import hashlib
import threading
from collections import OrderedDict
from typing import Any, Callable, Dict, Optional, Text

import numpy as np
from rasa.core.policies.ted_policy import TEDPolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe

Outputs = Dict[Text, Any]
MAX_REMEMBERED = 4096


def batch_digest(batch: Any) -> Optional[bytes]:
    """A digest of a batch of numpy arrays (nested in tuples or lists); None if anything else is in it."""
    digest = hashlib.blake2b(digest_size=32)

    def feed(item: Any) -> bool:
        if isinstance(item, (tuple, list)):
            digest.update(b"(%d" % len(item))
            return all(feed(part) for part in item)
        if isinstance(item, np.ndarray) and item.dtype != object:
            digest.update(f"{item.dtype.str}{item.shape}".encode("ascii"))
            digest.update(np.ascontiguousarray(item).tobytes())
            return True
        return False

    return digest.digest() if feed(batch) else None


class RememberedPredictions:
    """Wraps a model's prediction function: the outputs of each distinct batch, computed once."""

    def __init__(self, predict: Callable[[Any], Outputs], capacity: int = MAX_REMEMBERED) -> None:
        self.predict = predict
        self.capacity = capacity
        self.hits = 0
        self.misses = 0
        self._outputs: "OrderedDict[bytes, Outputs]" = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, batch: Any) -> Outputs:
        key = batch_digest(batch)
        if key is None:
            return self.predict(batch)
        with self._lock:
            remembered = self._outputs.get(key)
            if remembered is not None:
                self._outputs.move_to_end(key)
                self.hits += 1
                return copy.deepcopy(remembered)
        outputs = self.predict(batch)
        with self._lock:
            self.misses += 1
            self._outputs[key] = copy.deepcopy(outputs)
            while len(self._outputs) > self.capacity:
                self._outputs.popitem(last=False)
        return outputs


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITH_END_TO_END_SUPPORT, is_trainable=True)
class RememberingTEDPolicy(TEDPolicy):
    """Rasa's TEDPolicy, trained and persisted the same way; a loaded model remembers its predictions."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.model is not None:
            self.model._rasa_predict = RememberedPredictions(self.model._rasa_predict)

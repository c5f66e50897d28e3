"""The benchmark's runner: one untimed run before the timed ones, failures counted, one time per page."""
from newsclean.bench.datasets import Expected, Page
from newsclean.bench.peers import Prediction, System
from newsclean.bench.runner import run_system


def _pages(n: int) -> list[Page]:
    return [Page(f"p{k}", None, None, Expected(body="some body text here")) for k in range(n)]


def test_the_first_page_is_run_once_untimed_before_the_timed_runs() -> None:
    calls: list[object] = []

    def run(source: object) -> Prediction:
        calls.append(source)
        return Prediction(body="some body text here")

    system = System("counting", "text", lambda page: page.id, run)
    result = run_system(system, _pages(3), repeat=2)
    assert calls == ["p0", "p0", "p0", "p1", "p1", "p2", "p2"]
    assert result.pages == 3 and len(result.seconds) == 3


def test_a_system_failing_on_its_warm_up_page_still_has_the_failure_counted() -> None:
    def run(source: object) -> Prediction:
        if source == "p0":
            raise RuntimeError("broken page")
        return Prediction(body="some body text here")

    result = run_system(System("fragile", "text", lambda page: page.id, run), _pages(2))
    assert result.pages == 2
    assert result.failures == ["p0: RuntimeError: broken page"]

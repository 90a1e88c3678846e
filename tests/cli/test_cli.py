"""`python -m imagegen_typed PROVIDER MODEL ...`: options from the specs, dry runs, saved outputs, exit codes."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from imagegen_typed.__main__ import main
from imagegen_typed._runtime.cli import EXIT_CODES
from imagegen_typed._runtime.endpoints import EndpointInfo, ParamInfo

from imagegen_specgen.mock import MockServer

from ..conftest import GENERATED, ROOT
from ..mock.conftest import KEY
from ..mock.helpers import assert_png

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.fixture
def env(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> MockServer:
    """Every provider pointed at the mock, with the key it accepts, through the variables its spec names."""
    for provider in server.project.providers:
        if provider.base_url_env:
            monkeypatch.setenv(provider.base_url_env, server.base_urls[provider.id])
        monkeypatch.setenv(provider.api_key_env, KEY)
    return server


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- dry run ------------------------------------------------------------------------------------------------


def test_dry_run_prints_the_body_and_sends_nothing(
    env: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SEGMIND_API_KEY")  # a dry run needs no key
    code, out, err = run(capsys, "segmind", "p-image", "--prompt", "a red fox", "--seed", "7", "--dry-run")
    assert code == 0, err
    body = json.loads(out)
    assert body["prompt"] == "a red fox" and body["seed"] == 7
    assert "nothing was sent" in err
    assert len(env.requests) == 0


def test_dry_run_states_documented_cost_and_latency(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "segmind", "imagen", "--prompt", "x", "--dry-run")
    assert code == 0
    assert "Documented cost: $0.06 per generation; documented latency: ~8.16 s." in err
    code, _, err = run(capsys, "segmind", "p-image", "--prompt", "x", "--dry-run")
    assert "Documented cost: not documented; documented latency: not documented." in err


@pytest.mark.parametrize(
    ("argv", "output"),
    [
        (["segmind", "p-image", "--prompt", "a red fox", "--aspect-ratio", "1:1"], "fox.png"),
        (["pruna", "p-image", "--prompt", "a red fox", "--no-disable-safety-checker"], "fox.jpg"),
        (["segmind-v2", "p-image", "--prompt", "a red fox", "--seed", "3"], "fox-v2.png"),
        (["replicate", "prunaai/p-image", "--prompt", "a red fox", "--aspect-ratio", "1:1"], "fox-r.png"),
    ],
)
def test_dry_run_body_is_what_a_call_sends(
    env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], output: str
) -> None:
    code, printed, err = run(capsys, *argv, "--dry-run")
    assert code == 0, err
    code, _, err = run(capsys, *argv, "-o", str(tmp_path / output))
    assert code == 0, err
    generation = next(r for r in env.requests.entries if r.method == "POST" and r.json is not None)
    assert generation.json == json.loads(printed)


def test_a_secret_argument_is_redacted_in_a_dry_run_and_sent_in_a_call(
    env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = ["pruna", "p-image", "--prompt", "a red fox", "--hf-api-token", "hf_clitoken123"]
    code, printed, err = run(capsys, *argv, "--dry-run")
    assert code == 0, err
    assert json.loads(printed)["input"]["hf_api_token"] == "[redacted]" and "hf_clitoken123" not in printed + err
    code, _, err = run(capsys, *argv, "-o", str(tmp_path / "fox.jpg"))
    assert code == 0, err
    generation = next(r for r in env.requests.entries if r.method == "POST" and r.json is not None)
    assert generation.json["input"]["hf_api_token"] == "hf_clitoken123"


def test_dry_run_shows_local_files_to_upload_and_refuses_missing_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    image = tmp_path / "cat.png"
    image.write_bytes(PNG)
    argv = ["pruna", "p-image-edit", "--prompt", "watercolor", "--images", str(image)]
    code, out, _ = run(capsys, *argv, "--images", "https://example.com/dog.png", "--dry-run")
    assert code == 0
    images = json.loads(out)["input"]["images"]
    assert images[1] == "https://example.com/dog.png" and str(image) in images[0]
    code, _, err = run(capsys, *argv, "--images", str(tmp_path / "missing.png"), "--dry-run")
    assert code == 2
    assert "images[1]=" in err and "no such file" in err


# -- help ---------------------------------------------------------------------------------------------------


def test_model_help_shows_choices_ranges_defaults_and_conditions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "segmind", "p-image", "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "--prompt TEXT" in text and "Required." in text
    assert "Allowed: 1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, custom. Default: 16:9." in text
    assert "Range: 256 to 1440. Default: 1024. Only used when --aspect-ratio is custom." in text
    assert "--disable-safety-checker, --no-disable-safety-checker" in text
    assert "Default: --no-disable-safety-checker." in text
    assert "only the options you give are sent" in text
    assert "4 a request timed out" in text


def test_provider_help_lists_models_with_documented_facts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "segmind", "--help")
    assert code == 0
    assert "Imagen 3 (~8.16 s, $0.06 per generation)" in " ".join(out.split())
    code, out, _ = run(capsys, "--help")
    assert "pruna" in out and "segmind" in out and "SEGMIND_API_KEY" in out


def test_array_options_repeat_and_url_options_say_what_they_take(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "pruna", "p-image-edit", "--help")
    text = " ".join(out.split())
    assert "--images URL|FILE" in text and "A URL or a local file (uploaded first). Repeat the option" in text
    _, out, _ = run(capsys, "segmind", "p-image-edit", "--help")
    assert "An http(s) URL. Repeat the option" in " ".join(out.split())


# -- invalid arguments: exit 2, nothing sent ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--aspect-ratio", "16x9"], "aspect_ratio='16x9' is not allowed; allowed values: '1:1', '16:9'"),
        (["--aspect-ratio", "custom", "--width", "5000"], "width=5000 is out of range: must be <= 1440"),
        (["--width", "512"], "width=512 only applies when aspect_ratio is 'custom'"),
        (["--seed", "abc"], "argument --seed: invalid int value: 'abc'"),
        (["--colour", "red"], "unrecognized arguments: --colour red"),
        (["--aspect_ratio", "1:1"], "unrecognized arguments: --aspect_ratio 1:1; did you mean --aspect-ratio?"),
        (["--sed", "5"], "unrecognized arguments: --sed 5; did you mean --seed?"),
    ],
)
def test_invalid_arguments_exit_2_naming_the_parameter(
    env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], expected: str
) -> None:
    code, out, err = run(capsys, "segmind", "p-image", "--prompt", "x", *argv, "-o", str(tmp_path / "x.png"))
    assert code == 2
    assert expected in err and out == ""
    if err.startswith("usage:"):  # argparse's errors come with the model's usage, never the top level's
        assert err.startswith("usage: python -m imagegen_typed segmind p-image ")
    assert "sending" not in err  # nothing was sent, and nothing says so
    assert len(env.requests) == 0


def test_missing_required_option_output_or_key_exits_2(
    env: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "segmind", "p-image", "-o", str(tmp_path / "x.png"))
    assert code == 2 and "the following arguments are required: --prompt" in err
    code, _, err = run(capsys, "segmind", "p-image", "--prompt", "x")
    assert code == 2 and "-o FILE is required" in err
    code, _, err = run(capsys, "segmind", "p-image", "--prompt", "x", "-o", str(tmp_path / "no" / "x.png"))
    assert code == 2 and "no directory" in err
    code, _, err = run(capsys, "segmind", "imagen", "--prompt", "", "-o", str(tmp_path / "x.png"))
    assert code == 2 and "prompt: at least 1 character, got 0" in err and "sending" not in err
    monkeypatch.delenv("SEGMIND_API_KEY")
    code, _, err = run(capsys, "segmind", "p-image", "--prompt", "x", "-o", str(tmp_path / "x.png"))
    assert code == 2 and "set the SEGMIND_API_KEY environment variable" in err
    assert "api_key=" not in err and "sending" not in err
    code, _, err = run(capsys, "segmund", "p-image")
    assert code == 2 and "invalid choice: 'segmund'" in err
    assert len(env.requests) == 0


# -- the reference pages the package carries ------------------------------------------------------------------


def test_docs_lists_the_pages_and_prints_a_page_or_one_models_section(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "docs")
    pages = sorted(p.stem for p in (GENERATED / "imagegen_typed" / "docs").glob("*.md"))
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == pages and "segmind" in pages
    code, out, _ = run(capsys, "docs", "segmind")
    assert code == 0 and out.startswith("# Segmind reference\n") and "### Imagen 3 (imagen)" in out
    code, out, _ = run(capsys, "docs", "segmind", "p-image")
    assert code == 0 and out.startswith("### Pruna P Image (p-image)\n") and "`--aspect-ratio`" in out
    assert "(p-image-edit)" not in out and "imagen" not in out  # that model's section only
    code, out, _ = run(capsys, "docs", "replicate", "prunaai/p-image", "--maintainers")
    assert code == 0 and "Spec: `specs/models/replicate-prunaai-p-image.yaml`" in out
    code, out, _ = run(capsys, "docs", "pruna", "--path")
    assert code == 0 and Path(out.strip()) == GENERATED / "imagegen_typed" / "docs" / "pruna.md"
    code, _, err = run(capsys, "docs", "segmind", "imagen-5")
    assert code == 2 and "no model 'imagen-5' on segmind's page; its models: imagen, imagen-4-fast, p-image" in err


# -- real calls against the mock ----------------------------------------------------------------------------


def test_segmind_call_saves_the_image(env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "fox.png"
    code, out, err = run(capsys, "segmind", "p-image", "--prompt", "a red fox", "-o", str(target))
    assert code == 0, err
    assert out.strip() == str(target)
    assert_png(target.read_bytes())
    assert "segmind p-image: sending" in err and "saved" in err


def test_pruna_call_uploads_local_files_reports_status_changes_and_saves(
    env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    image = tmp_path / "cat.png"
    image.write_bytes(PNG)
    target = tmp_path / "edited.png"
    code, out, err = run(
        capsys, "pruna", "p-image-edit", "--prompt", "watercolor", "--images", str(image), "-o", str(target)
    )
    assert code == 0, err
    assert out.strip() == str(target)
    assert_png(target.read_bytes())
    assert env.requests.find(method="POST", route="pruna:files")
    statuses = [line.rsplit(": ", 1)[-1].split(" (")[0] for line in err.splitlines() if "prediction" in line]
    assert statuses and statuses[-1] == "succeeded"
    assert len(statuses) == len(set(statuses))  # each change once, not every poll


def test_quiet_prints_no_progress(env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "segmind", "p-image", "--prompt", "x", "-q", "-o", str(tmp_path / "x.png"))
    assert code == 0 and err == ""


# -- errors: one line, distinct exit codes, no key -----------------------------------------------------------


def test_provider_error_exits_3_with_the_provider_message(
    env: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    secret = "sk-wrong-key-123456"
    monkeypatch.setenv("SEGMIND_API_KEY", secret)
    code, _, err = run(capsys, "segmind", "p-image", "--prompt", "x", "-o", str(tmp_path / "x.png"))
    assert code == 3
    [line] = [line for line in err.splitlines() if "error" in line]
    assert "AuthenticationError: HTTP 401" in line
    assert secret not in err


def test_failed_prediction_exits_3(env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    env.faults.push("fail")
    code, _, err = run(capsys, "pruna", "p-image", "--prompt", "x", "-o", str(tmp_path / "x.png"))
    assert code == 3
    assert "PredictionFailedError" in err


def test_request_timeout_exits_4(env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    env.faults.push("slow:2")
    argv = ["--timeout", "0.2", "--max-retries", "0", "-o", str(tmp_path / "x.png")]
    code, _, err = run(capsys, "segmind", "p-image", "--prompt", "x", *argv)
    assert code == 4
    assert "APITimeoutError" in err


def test_a_run_past_its_deadline_names_the_command_that_resumes_it_and_that_command_saves_the_output(
    env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    env.faults.push("slow:5", times=None, route="pruna:status")  # created at once, then never seen finished
    argv = ["--deadline", "1", "-o", str(tmp_path / "x.mp4")]
    code, _, err = run(capsys, "pruna", "wan-t2v", "--prompt", "x", *argv)
    assert code == 4
    found = re.search(r"resume with `python -m imagegen_typed pruna wait (\S+) -o FILE`", err)
    assert found and "predictions.wait(" not in err, err
    env.faults.clear()
    code, out, err = run(capsys, "pruna", "status", found[1])
    assert code == 0 and json.loads(out)["id"] == found[1], err
    code, out, err = run(capsys, "pruna", "wait", found[1], "-o", f"{tmp_path}/", "-q")
    assert code == 0 and out.strip() == str(tmp_path / f"{found[1]}.mp4") and err == ""
    assert (tmp_path / f"{found[1]}.mp4").read_bytes()[4:8] == b"ftyp"


def test_a_running_prediction_can_be_canceled_and_its_status_shown(
    env: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    import imagegen_typed

    with imagegen_typed.Replicate() as client:
        running = {"X-Mock-Prediction-Seconds": "100000"}  # still running whatever the machine's load
        job = client.predictions.create(model="prunaai/p-image", input={"prompt": "x"}, extra_headers=running)
    code, out, err = run(capsys, "replicate", "cancel", str(job.id))
    assert code == 0 and json.loads(out)["phase"] == "canceled", err
    code, out, _ = run(capsys, "replicate", "status", str(job.id))
    assert code == 0 and json.loads(out)["status"] == "canceled"
    code, _, err = run(capsys, "pruna", "cancel", "some-id")  # Pruna documents no cancel: no such command
    assert code == 2 and "invalid choice: 'cancel'" in err


def test_output_named_by_its_media_type_or_warned_about(
    env: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "segmind", "p-image", "--prompt", "x", "-o", str(tmp_path / "fox.jpg"))
    assert code == 0 and out.strip() == str(tmp_path / "fox.jpg")  # saved as asked, with a warning
    assert f"warning: {tmp_path / 'fox.jpg'} holds image/png (the extension says image/jpeg); name it fox.png" in err
    saved = [run(capsys, "segmind", "p-image", "--prompt", "x", "-q", "-o", f"{tmp_path}/")[1] for _ in range(2)]
    assert [Path(path.strip()).name for path in saved] == ["p-image.png", "p-image-2.png"]  # nothing replaced
    code, out, err = run(capsys, "segmind", "p-image", "--prompt", "x", "-q", "-o", str(tmp_path / "fox"))
    assert code == 0 and out.strip() == str(tmp_path / "fox.png") and err == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fox.jpg", "fox.png", "p-image-2.png", "p-image.png"]


def test_unreachable_provider_exits_5(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("SEGMIND_API_KEY", KEY)
    argv = ["--base-url", "http://127.0.0.1:9", "--max-retries", "0", "-o", str(tmp_path / "x.png")]
    code, _, err = run(capsys, "segmind", "p-image", "--prompt", "x", *argv)
    assert code == 5
    assert "APIConnectionError" in err


# -- as a program (a new spec gets its subcommand: tests/test_generate.py) ------------------------------------


def _python_m(package_root: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL"))}
    env["PYTHONPATH"] = str(package_root)
    return subprocess.run(
        [sys.executable, "-m", "imagegen_typed", *argv], env=env, capture_output=True, text=True, timeout=60
    )


def test_python_m_imagegen_dry_run_without_a_key() -> None:
    result = _python_m(GENERATED, "segmind", "p-image", "--prompt", "a red fox", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["prompt"] == "a red fox"


def test_using_the_clients_does_not_load_the_command_line() -> None:
    code = (
        "import sys, imagegen_typed; imagegen_typed.Segmind; imagegen_typed.Pruna; "
        "print(sorted(m for m in sys.modules"
        " if m in ('argparse', 'imagegen_typed.__main__', 'imagegen_typed._runtime.cli')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


# -- the user's guide's commands and exit codes (docs/users-guide.md, "Command line") -----------------------

GUIDE_SECTION = (
    (ROOT / "docs" / "users-guide.md").read_text(encoding="utf-8").split("## Command line", 1)[-1].split("\n## ", 1)[0]
)


def test_guide_commands_run(
    env: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = GUIDE_SECTION.splitlines()
    commands = [line.split("#", 1)[0] for line in lines if line.startswith("python -m imagegen_typed")]
    assert len(commands) >= 4
    for command in commands:
        assert main(shlex.split(command)[3:]) == 0, (command, capsys.readouterr().err)
    assert_png((tmp_path / "watercolor.png").read_bytes())


def test_guide_lists_every_exit_code() -> None:
    rows = re.findall(r"^\| (\d+) \| (.+) \|$", GUIDE_SECTION, re.M)
    assert [int(code) for code, _ in rows] == [code for code, _ in EXIT_CODES]


def test_a_parameter_named_like_a_call_option_gets_a_prefixed_option(monkeypatch: pytest.MonkeyPatch) -> None:
    from imagegen_typed._runtime import cli
    from imagegen_typed.segmind._endpoints import API_V1, PROVIDER
    from pydantic import BaseModel

    class OutputRequest(BaseModel):
        output: str | None = None

    monkeypatch.setattr(cli, "request_model", lambda entry, endpoint: OutputRequest)
    endpoint = EndpointInfo(model_id="p-image", method="p_image", params=(ParamInfo(wire="output"),))
    entry = cli.ProviderEntry("segmind", "imagegen_typed.segmind", "Segmind", "", PROVIDER, API_V1, (endpoint,))
    parser = cli.build_parser("prog", [entry], selected=["segmind", "p-image"])
    args = parser.parse_args(["segmind", "p-image", "--param-output", "wire value", "-o", "file.png"])
    assert (args.param_0, args.output) == ("wire value", "file.png")

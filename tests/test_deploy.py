"""deploy/ is the tested production shape for a container platform (issue 14). No cluster or container runtime is
at hand here, so these check what can be checked without one: the manifests render, and every command, module,
flag, file, variable, port, probe and label they name exists in this project and agrees with `make run-prod`."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from typing import Dict, Iterator, List

import pytest
import yaml

from tests.helpers import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
MANIFESTS = DEPLOY / "kubernetes"
MODEL = "models/testimony.tar.gz"  # the Makefile's $(MODEL)


def kustomization() -> dict:
    return yaml.safe_load((MANIFESTS / "kustomization.yaml").read_text())


def resources() -> List[dict]:
    return [document for name in kustomization()["resources"]
            for document in yaml.safe_load_all((MANIFESTS / name).read_text()) if document]


def of_kind(kind: str) -> Dict[str, dict]:
    return {document["metadata"]["name"]: document for document in resources() if document["kind"] == kind}


def containers() -> Iterator[tuple]:
    """(workload name, container) for every container and init container of the project's own image."""
    for kind in ("Deployment", "StatefulSet"):
        for name, workload in of_kind(kind).items():
            spec = workload["spec"]["template"]["spec"]
            for container in spec.get("initContainers", []) + spec["containers"]:
                if container["image"] == "testimony":
                    yield name, container


def test_every_manifest_is_listed_and_renders_with_kustomize() -> None:
    listed = set(kustomization()["resources"])
    assert listed == {path.name for path in MANIFESTS.glob("*.yaml")} - {"kustomization.yaml"}
    kubectl = shutil.which("kubectl")
    if kubectl is None:  # pragma: no cover - depends on the machine
        pytest.skip("kubectl (which renders kustomizations offline) is not installed")
    rendered = subprocess.run([kubectl, "kustomize", str(MANIFESTS)], capture_output=True, text=True, timeout=120)
    assert rendered.returncode == 0, rendered.stderr
    documents = [document for document in yaml.safe_load_all(rendered.stdout) if document]
    assert len(documents) == len(resources())
    for document in documents:
        if document["kind"] != "Namespace":
            assert document["metadata"]["namespace"] == "testimony", document["metadata"]
        for container in document.get("spec", {}).get("template", {}).get("spec", {}).get("containers", []):
            assert container["image"] != "testimony", "the project's image is given a registry and a tag"


def test_the_tested_shape_two_rasa_replicas_and_two_action_servers() -> None:
    deployments = of_kind("Deployment")
    assert deployments["testimony-rasa"]["spec"]["replicas"] == 2
    assert deployments["testimony-actions"]["spec"]["replicas"] == 2


def flags(command: List[str]) -> List[str]:
    return [word for word in command if word.startswith("--")]


@pytest.mark.parametrize("workload,container", list(containers()), ids=lambda value: str(value)[:40])
def test_each_command_runs_a_module_of_the_project_with_flags_it_accepts(workload: str, container: dict) -> None:
    command = container["command"]
    if command[:2] == ["rasa", "run"]:
        program = [str(PROJECT_ROOT / ".venv" / "bin" / "rasa"), "run"]
        assert command[command.index("--model") + 1] == MODEL
        assert (PROJECT_ROOT / command[command.index("--endpoints") + 1]).name == "endpoints.production.yml"
    else:
        assert command[:2] == ["python", "-m"], command
        module = command[2]
        assert (PROJECT_ROOT / module.replace(".", "/")).with_suffix(".py").is_file() or \
            (PROJECT_ROOT / module.replace(".", "/") / "__main__.py").is_file(), module
        program = [sys.executable, "-m", module]
    shown = subprocess.run(program + ["--help"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0, shown.stderr
    for flag in flags(command):
        assert re.search(rf"(^|\s|,){re.escape(flag)}\b", shown.stdout), f"{workload}: {flag} is not an option"


def project_variables() -> set:
    """Every environment variable Testimony reads: bot/settings.py (the one reader) and the endpoints files."""
    settings_source = (PROJECT_ROOT / "bot" / "settings.py").read_text()
    named = set(re.findall(r'"([A-Z][A-Z0-9_]+)"', settings_source))
    endpoints = set(re.findall(r"\$\{([A-Z0-9_]+)\}", (PROJECT_ROOT / "endpoints.production.yml").read_text()))
    return named | endpoints


def given_variables(container: dict) -> set:
    names = {variable["name"] for variable in container.get("env", [])}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            names |= set(of_kind("ConfigMap")[source["configMapRef"]["name"]]["data"])
    return names


def test_every_variable_given_is_one_the_project_reads_and_the_rasa_servers_get_all_they_need() -> None:
    expanded = {name for _, container in containers()
                for name in re.findall(r"\$\(([A-Z0-9_]+)\)", " ".join(container["command"]))}
    read = project_variables() | expanded  # and the manifests' own: one settings ConfigMap serves all servers
    for workload, container in containers():
        for name in given_variables(container):
            assert name in read, f"{workload} sets {name}, which nothing reads"
    rasa = dict(containers())["testimony-rasa"]
    needed = set(re.findall(r"\$\{([A-Z0-9_]+)\}", (PROJECT_ROOT / "endpoints.production.yml").read_text()))
    assert needed <= given_variables(rasa), needed - given_variables(rasa)
    actions = dict(containers())["testimony-actions"]
    assert "TESTIMONY_REPORT_STORE_URL" in given_variables(actions)  # the reports both action servers share


def test_ports_probes_and_services_agree() -> None:
    services = of_kind("Service")
    for name, container in containers():
        if name not in services or "ports" not in container:
            continue
        command = container["command"]
        port = int(command[command.index("--port") + 1])
        assert [entry["containerPort"] for entry in container["ports"]] == [port]
        assert [entry["port"] for entry in services[name]["spec"]["ports"]] == [port]
        pod_labels = of_kind("Deployment")[name]["spec"]["template"]["metadata"]["labels"]
        assert services[name]["spec"]["selector"].items() <= pod_labels.items()
        for probe in ("readinessProbe", "livenessProbe"):
            assert container[probe]["httpGet"]["port"] == port
    rasa_sdk_routes = (PROJECT_ROOT / ".venv/lib/python3.10/site-packages/rasa_sdk/endpoint.py").read_text()
    actions = dict(containers())["testimony-actions"]
    assert f'@app.get("{actions["readinessProbe"]["httpGet"]["path"]}")' in rasa_sdk_routes
    settings = of_kind("ConfigMap")["testimony-settings"]["data"]
    assert settings["ACTION_HOST"] in services and int(settings["ACTION_PORT"]) == 5055


def test_only_the_webhooks_are_public_and_only_rasa_reaches_the_action_server() -> None:
    ingress = next(iter(of_kind("Ingress").values()))
    paths = [path for rule in ingress["spec"]["rules"] for path in rule["http"]["paths"]]
    assert [(path["path"], path["backend"]["service"]["name"]) for path in paths] == [("/webhooks/", "testimony-rasa")]
    rasa = dict(containers())["testimony-rasa"]
    assert "--enable-api" not in rasa["command"]
    policy = of_kind("NetworkPolicy")["testimony-actions-from-rasa-only"]
    rasa_labels = of_kind("Deployment")["testimony-rasa"]["spec"]["template"]["metadata"]["labels"]
    assert policy["spec"]["ingress"][0]["from"][0]["podSelector"]["matchLabels"] == rasa_labels


def test_the_servers_share_one_data_volume_and_write_nowhere_else() -> None:
    for name, container in containers():
        mounts = {mount["mountPath"]: mount["name"] for mount in container.get("volumeMounts", [])}
        volumes = {volume["name"]: volume for volume in
                   of_kind("Deployment")[name]["spec"]["template"]["spec"]["volumes"]}
        if "securityContext" in container:  # the servers (the init container only writes the channels file)
            assert container["securityContext"]["readOnlyRootFilesystem"] is True
            assert volumes[mounts["/data"]]["persistentVolumeClaim"]["claimName"] == "testimony-data"
    claim = of_kind("PersistentVolumeClaim")["testimony-data"]
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]


def dockerfile_copies() -> List[str]:
    text = (DEPLOY / "Dockerfile").read_text().replace("\\\n", " ")
    return [source for line in text.splitlines() if line.startswith("COPY ")
            for source in line.split()[1:-1]]


def test_the_image_is_built_from_the_lock_file_and_what_it_copies_exists() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.10\.\d+-", text, re.MULTILINE)
    assert "--no-deps -r requirements.lock" in text and "RASA_TELEMETRY_ENABLED=false" in text
    ignored = (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
    for source in dockerfile_copies():
        if source != MODEL:  # `make train` makes it, before the build (deploy/README.md)
            assert (PROJECT_ROOT / source).exists(), source
        assert f"!{source}" in ignored, f"{source} is copied but the ignore file leaves it out of the context"
    assert MODEL in (PROJECT_ROOT / "Makefile").read_text()
    cmd = re.search(r"^CMD (\[.*?\])\s*$", text.replace("\\\n", " "), re.MULTILINE | re.DOTALL)
    assert cmd and yaml.safe_load(cmd.group(1))[:4] == ["rasa", "run", "--model", MODEL]


def test_the_database_and_redis_images_are_the_versions_tested_here() -> None:
    images = {container["name"]: container["image"] for kind in ("StatefulSet", "Deployment")
              for workload in of_kind(kind).values() for container in workload["spec"]["template"]["spec"]["containers"]}
    checked = 0
    if shutil.which("psql"):
        major = re.search(r"(\d+)\.", subprocess.run(["psql", "--version"], capture_output=True, text=True).stdout)
        assert images["postgresql"].startswith(f"postgres:{major.group(1)}-")
        checked += 1
    if shutil.which("redis-server"):
        version = re.search(r"v=(\d+\.\d+)\.", subprocess.run(["redis-server", "--version"], capture_output=True,
                                                               text=True).stdout)
        assert images["redis"].startswith(f"redis:{version.group(1)}-")
        checked += 1
    if not checked:  # pragma: no cover - depends on the machine
        pytest.skip("neither PostgreSQL nor Redis is installed here to compare with")

"""What the README and docker-compose.yml promise about a deployment, read the way compose reads
them, for the tests of the compose file and of `check --deploy`."""
import re

import yaml

from config.settings import BASE_DIR

APP_SERVICES = ("web", "worker", "beat")
VARIABLE = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:-|:\?)(?P<arg>[^}]*))?\}")


def readme() -> str:
    return (BASE_DIR / "README.md").read_text(encoding="utf-8")


def compose() -> dict:
    return yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text(encoding="utf-8"))


def documented_variables() -> set[str]:
    """Every variable named in the first column of the README's tables of variables (the
    configuration table, the transparency log's)."""
    names, in_table = set(), False
    for line in readme().splitlines():
        if line.startswith("| variable |"):
            in_table = True
        elif not line.startswith("|"):
            in_table = False
        elif in_table and line.startswith("| `"):
            names |= set(re.findall(r"`([A-Z][A-Z0-9_]+)`", line.split("|")[1]))
    return names


def production_dotenv() -> dict[str, str]:
    """The README's `.env` for a real deployment (the ```dotenv block)."""
    block = readme().split("```dotenv\n", 1)[1].split("```", 1)[0]
    pairs = (line.split("=", 1) for line in block.splitlines() if line.strip() and not line.startswith("#"))
    return {name.strip(): value.strip() for name, value in pairs}


def interpolate(value: str, variables: dict[str, str]) -> str:
    """Compose's `${VAR}`, `${VAR:-default}` and `${VAR:?error}` (an empty value counts as unset)."""
    def replace(match):
        current = variables.get(match["name"], "")
        if match["op"] == ":?" and not current:
            raise KeyError(f"{match['name']}: {match['arg']}")
        return current or (match["arg"] if match["op"] == ":-" else "")

    return VARIABLE.sub(replace, str(value)).replace("$$", "$")


def service_environment(service: str, dotenv: dict[str, str]) -> dict[str, str]:
    """The environment compose gives `service`, with `dotenv` as the .env file."""
    environment = compose()["services"][service]["environment"]
    return {name: interpolate(value, dotenv) for name, value in environment.items()}

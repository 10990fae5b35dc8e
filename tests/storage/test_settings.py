"""User folders and settings: kept between runs, recent files, and broken settings files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agenda_editor.core.model import PageSize
from agenda_editor.storage import settings as settings_module
from agenda_editor.storage.settings import MAX_RECENT, AppDirs, Settings, SettingsError


@pytest.fixture
def dirs(tmp_path: Path) -> AppDirs:
    return AppDirs(tmp_path / "user")


def existing(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "docs" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"")
    return path


def test_folders_follow_the_root(tmp_path: Path) -> None:
    dirs = AppDirs(tmp_path)
    assert dirs.settings_file == tmp_path / "config" / "settings.json"
    assert dirs.recovery == tmp_path / "state" / "recovery"
    assert dirs.data == tmp_path / "data"


def test_default_folders_are_the_users_own() -> None:
    dirs = AppDirs()
    assert "agenda-editor" in str(dirs.config)
    assert "agenda-editor" in str(dirs.state)


def test_no_settings_file_gives_defaults(dirs: AppDirs) -> None:
    settings = Settings.load(dirs)
    assert settings == Settings()
    assert settings.problem is None
    assert not dirs.config.exists()  # reading creates nothing


def test_settings_are_kept_between_runs(dirs: AppDirs, tmp_path: Path) -> None:
    session = existing(tmp_path, "ninth.agenda")
    settings = Settings(
        ui_language="fr",
        last_session=session,
        window_geometry=bytes(range(256)),
        page_size=PageSize.LETTER,
    )
    settings.add_recent(session)
    settings.save(dirs)
    restored = Settings.load(dirs)
    assert restored == settings
    assert restored.problem is None
    stored = json.loads(dirs.settings_file.read_text(encoding="utf-8"))
    assert stored["window_geometry"].isascii()  # geometry bytes are stored as base64 text


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = Settings()
    first, second = existing(tmp_path, "a.agenda"), existing(tmp_path, "b.agenda")
    settings.add_recent(first)
    settings.add_recent(second)
    settings.add_recent(first)
    assert settings.recent_files == [first, second]


def test_recent_files_are_capped(dirs: AppDirs, tmp_path: Path) -> None:
    settings = Settings()
    paths = [existing(tmp_path, f"m{n}.agenda") for n in range(MAX_RECENT + 3)]
    for path in paths:
        settings.add_recent(path)
    assert settings.recent_files == list(reversed(paths))[:MAX_RECENT]
    settings.save(dirs)
    assert Settings.load(dirs).recent_files == list(reversed(paths))[:MAX_RECENT]


def test_missing_recent_files_are_dropped_on_read(dirs: AppDirs, tmp_path: Path) -> None:
    kept, gone = existing(tmp_path, "kept.agenda"), existing(tmp_path, "gone.agenda")
    settings = Settings(last_session=gone)
    settings.add_recent(gone)
    settings.add_recent(kept)
    settings.save(dirs)
    gone.unlink()
    restored = Settings.load(dirs)
    assert restored.recent_files == [kept]
    assert restored.last_session is None


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"[1, 2, 3]",
        b'"a string"',
        b"\xff\xfe\x00garbage",
        b'{"format": "something-else/9"}',
    ],
    ids=["broken json", "empty", "list", "string", "binary", "other format"],
)
def test_corrupt_settings_are_moved_aside(dirs: AppDirs, content: bytes) -> None:
    dirs.config.mkdir(parents=True)
    dirs.settings_file.write_bytes(content)
    settings = Settings.load(dirs)
    assert settings == Settings()
    assert settings.problem is not None
    assert str(dirs.settings_file) in settings.problem
    bad = dirs.settings_file.with_name("settings.json.bad")
    assert bad.read_bytes() == content
    assert not dirs.settings_file.exists()
    settings.save(dirs)  # and the next save works again
    assert Settings.load(dirs).problem is None


def test_values_of_the_wrong_kind_fall_back_one_by_one(dirs: AppDirs, tmp_path: Path) -> None:
    session = existing(tmp_path, "m.agenda")
    dirs.config.mkdir(parents=True)
    dirs.settings_file.write_text(
        json.dumps(
            {
                "format": settings_module.SETTINGS_FORMAT,
                "ui_language": 7,
                "window_geometry": "*** not base64 ***",
                "page_size": "A0",
                "recent_files": [str(session), 42, None],
            }
        ),
        encoding="utf-8",
    )
    settings = Settings.load(dirs)
    assert settings.ui_language is None
    assert settings.window_geometry is None
    assert settings.page_size == PageSize.A4
    assert settings.recent_files == [session]
    assert settings.problem is not None
    assert "ui_language" in settings.problem and "page_size" in settings.problem


def test_saving_where_it_is_impossible_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_bytes(b"a file where the config folder should be")
    dirs = AppDirs(blocker)
    with pytest.raises(SettingsError, match="could not be saved to"):
        Settings(ui_language="en").save(dirs)

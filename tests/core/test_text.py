from core.text import one_line


def test_control_characters_become_spaces_and_whitespace_one_space():
    assert one_line("Crewe\x00") == "Crewe"
    assert one_line(" CW1\t\x00 2AB\n") == "CW1 2AB"
    assert one_line("a\ud800b") == "a b"  # a lone surrogate
    assert one_line(None) == ""
    assert one_line("Macclesfield") == "Macclesfield"

// The usage text of `csshell panel`, apart from the panel itself so that `--help` does not load react-dom.

export const PANEL_USAGE = `usage: csshell panel [--port N] [--store <file.db>] [--open]

Starts the Skype for Business Server Control Panel on this computer only (http://127.0.0.1:<port>/)
over the store, and prints its address with a one-time start token. Every Commit runs the Management
Shell cmdlet it stands for, shown in the page's PowerShell command pane. --port 0 (the default) picks
a free port. Stop it with Ctrl+C.
`;

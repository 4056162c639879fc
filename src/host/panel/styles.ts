// The panel's only style sheet, inline in every page: the Control Panel's look (left navigation,
// tabs across the top, a toolbar over a table, forms with Commit / Cancel) in a few rules.

export const PANEL_CSS = `
*{box-sizing:border-box}
body{margin:0;font:13px "Segoe UI",Tahoma,sans-serif;color:#222;background:#fff;display:flex;min-height:100vh}
a{color:#0a5ea8}
nav.areas{width:220px;background:#f0f0f0;border-right:1px solid #ccc;padding:8px 0;flex:none}
nav.areas .product{font-weight:600;padding:6px 14px 12px;color:#444}
nav.areas a,nav.areas span{display:block;padding:5px 14px;text-decoration:none;color:#222}
nav.areas span{color:#999}
nav.areas a.current{background:#d6e8f8;border-left:3px solid #0a5ea8;padding-left:11px;font-weight:600}
main{flex:1;padding:12px 20px;min-width:0}
h1{font-size:20px;font-weight:400;margin:4px 0 12px}
.tabs{border-bottom:1px solid #ccc;margin-bottom:10px}
.tabs a{display:inline-block;padding:6px 12px;text-decoration:none;color:#222;border:1px solid transparent;border-bottom:none}
.tabs a.current{border-color:#ccc;background:#fff;margin-bottom:-1px;font-weight:600}
.toolbar{display:flex;gap:6px;align-items:center;margin:6px 0;flex-wrap:wrap}
.toolbar details{position:relative}
.toolbar summary,.toolbar button,.toolbar a.button,button{cursor:pointer;list-style:none;padding:3px 10px;border:1px solid #aaa;background:#f7f7f7;color:#222;font:inherit;text-decoration:none;border-radius:2px}
.toolbar details .menu{position:absolute;z-index:2;background:#fff;border:1px solid #aaa;padding:4px 0;min-width:150px}
.toolbar details .menu a,.toolbar details .menu button{display:block;width:100%;text-align:left;border:none;background:none;padding:4px 12px}
table.list{border-collapse:collapse;width:100%;margin-top:4px}
table.list th{background:#eee;text-align:left;font-weight:600}
table.list th,table.list td{border:1px solid #ddd;padding:3px 8px;vertical-align:top}
table.list tr:hover td{background:#f3f8fd}
form.detail{max-width:720px}
form.detail label.field{display:block;margin:10px 0 2px;font-weight:600}
form.detail input[type=text],form.detail textarea,form.detail select{width:100%;padding:3px;font:inherit}
form.detail .check{display:block;margin:6px 0}
.actions{margin:14px 0;display:flex;gap:8px}
.error{border:1px solid #c33;background:#fdecec;color:#900;padding:8px;margin:8px 0;white-space:pre-wrap}
.warning{border:1px solid #c90;background:#fff8e0;padding:8px;margin:8px 0}
.ok{border:1px solid #393;background:#eefbee;padding:8px;margin:8px 0}
.commands{margin-top:24px;border-top:1px solid #ccc;padding-top:8px}
.commands textarea{width:100%;height:110px;font:12px Consolas,monospace;background:#012456;color:#eee;padding:6px}
.summary td{padding:2px 14px 2px 0}
.muted{color:#777}
svg text{font:11px "Segoe UI",sans-serif}
`;

// Starts `provision lsp` for .pvg files and connects VS Code to it. Everything the editor shows beyond highlighting
// (diagnostics, completion, hover, navigation, rename, outline, semantic colouring) comes from the server, which is
// the compiler itself: see docs/editor.md.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** The command line that runs the server: `provision.server.path` with `provision.server.extraArgs`, then `lsp`. */
export function serverCommand(configuration: vscode.WorkspaceConfiguration): { command: string; args: string[] } {
  const command = configuration.get<string>("server.path", "provision") || "provision";
  const extraArgs = configuration.get<string[]>("server.extraArgs", []) ?? [];
  return { command, args: [...extraArgs, "lsp"] };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const { command, args } = serverCommand(vscode.workspace.getConfiguration("provision"));
  const serverOptions: ServerOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "pvg" },
      { scheme: "untitled", language: "pvg" },
      { scheme: "file", pattern: "**/pack.yaml" },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.pvg,pack.yaml,vocabulary.json}") },
  };
  client = new LanguageClient("provision", "ProVision .pvg", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("provision.server")) {
        await vscode.commands.executeCommand("workbench.action.restartExtensionHost");
      }
    }),
  );
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Could not start '${command} ${args.join(" ")}': ${String(error)}. Set 'provision.server.path' to the provision command.`,
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

#!/usr/bin/env python3
"""smolagents side of benches/agent-eval: runs tasks with smolagents' CodeAgent or
ToolCallingAgent against an OpenAI-compatible server and writes one JSON result per task.

Run by benches/agent-eval with the smolagents venv's python; not meant to be run by hand,
though it can be:

    target/agent-eval/smol-venv/bin/python benches/agent-eval-smol.py \
        --api-base http://127.0.0.1:8080/v1 --model qwen --agent code --max-steps 6 \
        --tasks tasks.jsonl --out DIR

For each task it writes DIR/ID.json (the agent's memory: every step with its model output,
code or tool calls, observation, error and tokens) and prints one JSON line per task on
stdout: {"id", "answer", "steps", "error_steps", "input_tokens", "output_tokens", "seconds",
"state", "error"}.
"""

import argparse
import importlib.util
import json
import os
import sys
import time
import traceback

from smolagents import CodeAgent, OpenAIServerModel, PythonInterpreterTool, Tool, ToolCallingAgent
from smolagents.memory import ActionStep
from smolagents.utils import AgentMaxStepsError

HERE = os.path.dirname(os.path.abspath(__file__))


def load_eval_tools():
    spec = importlib.util.spec_from_file_location(
        "agent_eval_tools", os.path.join(HERE, "agent-eval-tools.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_tool(name, spec, func):
    """A smolagents Tool with the same name, description and inputs as the codeact tool."""

    def forward(self, **kwargs):
        return func(**kwargs)

    attrs = {
        "name": name,
        "description": spec["description"],
        "inputs": spec["inputs"],
        "output_type": spec["output_type"],
        "forward": forward,
        "skip_forward_signature_validation": True,
    }
    return type(f"Tool_{name}", (Tool,), attrs)()


def run_task(args, task, eval_tools):
    tools = [
        make_tool(n, eval_tools.SPECS[n], eval_tools.FUNCTIONS[n]) for n in task.get("tools", [])
    ]
    model = OpenAIServerModel(
        model_id=args.model,
        api_base=args.api_base,
        api_key="none",
        temperature=0,
        # llama-cpp-python accepts only plain-string message content.
        flatten_messages_as_text=True,
        **({"max_tokens": args.max_tokens} if args.max_tokens else {}),
    )
    if args.agent == "code":
        agent = CodeAgent(tools=tools, model=model, max_steps=args.max_steps, verbosity_level=0)
    else:
        tools.append(PythonInterpreterTool())
        agent = ToolCallingAgent(
            tools=tools, model=model, max_steps=args.max_steps, verbosity_level=0
        )
    started = time.monotonic()
    answer, state, error = None, "final_answer", None
    try:
        answer = agent.run(task["task"])
    except Exception as e:  # a crash of the framework counts as a failed task
        state, error = "crashed", f"{type(e).__name__}: {e}"
        traceback.print_exc(file=sys.stderr)
    seconds = time.monotonic() - started
    actions = [s for s in agent.memory.steps if isinstance(s, ActionStep)]
    # After max_steps, smolagents asks for the answer and records that call as one more
    # ActionStep carrying AgentMaxStepsError; codeact does the same call without counting it
    # as a step, so it is left out of the step and error counts (its tokens still count).
    forced = [s for s in actions if isinstance(s.error, AgentMaxStepsError)]
    steps = [s for s in actions if not isinstance(s.error, AgentMaxStepsError)]
    if state == "final_answer" and forced:
        state = "max_steps"
    inp = sum(s.token_usage.input_tokens for s in actions if s.token_usage)
    out = sum(s.token_usage.output_tokens for s in actions if s.token_usage)
    error_steps = sum(1 for s in steps if s.error is not None)
    with open(os.path.join(args.out, f"{task['id']}.json"), "w") as f:
        json.dump(
            {
                "task": task["task"],
                "answer": None if answer is None else str(answer),
                "state": state,
                "error": error,
                "steps": [s.dict() for s in agent.memory.steps],
            },
            f,
            indent=1,
            default=str,
        )
    return {
        "id": task["id"],
        "answer": None if answer is None else str(answer),
        "steps": len(steps),
        "error_steps": error_steps,
        "input_tokens": inp,
        "output_tokens": out,
        "seconds": seconds,
        "state": state,
        "error": error,
    }


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--api-base", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--agent", choices=["code", "tool-calling"], required=True)
    p.add_argument("--max-steps", type=int, required=True)
    p.add_argument("--max-tokens", type=int, default=0, help="longest reply (0: no limit)")
    p.add_argument("--tasks", required=True, help="JSON lines, one task per line")
    p.add_argument("--out", required=True)
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    eval_tools = load_eval_tools()
    with open(args.tasks) as f:
        tasks = [json.loads(line) for line in f if line.strip()]
    for task in tasks:
        print(json.dumps(run_task(args, task, eval_tools)), flush=True)


if __name__ == "__main__":
    main()

/* The web chat, made live. Plain script, no bundler, no third parties.
 *
 * Without this file the page still works: every message is a form post and the page reloads.
 * With it, messages go by fetch to the same origin, the assistant's replies are added to the
 * transcript and read out through a polite live region, and a "writing a reply" status shows
 * while we wait. There is no time limit anywhere.
 */
(function () {
  "use strict";

  var root = document.getElementById("chat");
  if (!root || !window.fetch || !window.URLSearchParams) {
    return;
  }
  document.documentElement.classList.add("js");

  var transcript = document.getElementById("transcript");
  var statusBox = document.getElementById("status");
  var announce = document.getElementById("announce");
  var choicesArea = document.getElementById("choices-area");
  var compose = document.getElementById("compose");
  var textarea = document.getElementById("message");
  var sendButton = document.getElementById("send");
  var csrf = compose.querySelector("input[name=csrf_token]").value;
  var words = root.dataset;
  var busy = false;

  function clearProblem() {
    var problem = document.getElementById("problem");
    if (problem) {
      problem.parentNode.removeChild(problem);
    }
  }

  function addLine(who, text, lang) {
    var old = document.getElementById("latest");
    if (old) {
      old.removeAttribute("id");
    }
    var item = document.createElement("li");
    item.className = "msg msg-" + who;
    item.id = "latest";
    if (lang) {
      item.lang = lang;
    }
    var label = document.createElement("span");
    label.className = "who";
    label.textContent = who === "assistant" ? words.assistant : words.you;
    var colon = document.createElement("span");
    colon.className = "visually-hidden";
    colon.textContent = ":";
    label.appendChild(colon);
    var body = document.createElement("p");
    body.className = "text";
    body.textContent = text; // never innerHTML: the words are shown as typed
    item.appendChild(label);
    item.appendChild(body);
    transcript.appendChild(item);
    return item;
  }

  function say(text) {
    // A fresh node each time, so screen readers announce every message once.
    var line = document.createElement("p");
    line.textContent = text;
    announce.appendChild(line);
    while (announce.childNodes.length > 5) {
      announce.removeChild(announce.firstChild);
    }
  }

  function showChoices(buttons) {
    choicesArea.textContent = "";
    if (!buttons.length) {
      return null;
    }
    var form = document.createElement("form");
    form.method = "post";
    form.action = "/chat/send";
    form.className = "choices";
    form.id = "choices";
    var hidden = document.createElement("input");
    hidden.type = "hidden";
    hidden.name = "csrf_token";
    hidden.value = csrf;
    form.appendChild(hidden);
    var fieldset = document.createElement("fieldset");
    var legend = document.createElement("legend");
    legend.textContent = words.choices;
    fieldset.appendChild(legend);
    buttons.forEach(function (b) {
      var button = document.createElement("button");
      button.type = "submit";
      button.name = "message";
      button.value = b.payload;
      button.textContent = b.title;
      fieldset.appendChild(button);
    });
    form.appendChild(fieldset);
    form.addEventListener("submit", onChoice);
    choicesArea.appendChild(form);
    return form;
  }

  function setBusy(on) {
    busy = on;
    root.setAttribute("aria-busy", on ? "true" : "false");
    statusBox.textContent = on ? words.waiting : "";
    sendButton.disabled = on;
    var buttons = choicesArea.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].disabled = on;
    }
  }

  function post(message, shown, fromChoice) {
    if (busy) {
      return;
    }
    clearProblem();
    addLine("person", shown);
    showChoices([]);
    setBusy(true);
    var body = new URLSearchParams();
    body.append("csrf_token", csrf);
    body.append("message", message);
    fetch("/chat/send", {
      method: "POST",
      credentials: "same-origin",
      headers: {"Accept": "application/json"},
      body: body
    }).then(function (response) {
      return response.json().then(function (data) {
        return {status: response.status, data: data};
      });
    }).then(function (result) {
      setBusy(false);
      var data = result.data || {};
      if (data.error === "too_long" && !fromChoice) {
        // The words were not sent: take them off the transcript and give them back to edit.
        var mine = document.getElementById("latest");
        if (mine) {
          transcript.removeChild(mine);
        }
        textarea.value = message;
      }
      if (data.error === "check_failed" || data.error === "empty") {
        addLine("assistant", data.message || words.checkFailed);
        say(data.message || words.checkFailed);
        return;
      }
      var replies = data.replies || [];
      var buttons = [];
      replies.forEach(function (reply) {
        if (reply.text) {
          addLine("assistant", reply.text, reply.lang);
          say(reply.text);
        }
        if (reply.buttons && reply.buttons.length) {
          buttons = reply.buttons;
        }
      });
      var form = showChoices(buttons);
      if (fromChoice && form) {
        form.querySelector("button").focus();
      } else if (fromChoice) {
        textarea.focus();
      }
      document.getElementById("latest").scrollIntoView({block: "nearest"});
    }).catch(function () {
      setBusy(false);
      addLine("assistant", words.unavailable);
      say(words.unavailable);
    });
  }

  function onChoice(event) {
    event.preventDefault();
    var button = event.submitter || document.activeElement;
    if (!button || button.name !== "message") {
      return;
    }
    post(button.value, button.textContent, true);
  }

  compose.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = textarea.value;
    if (!text.trim()) {
      say(words.empty);
      statusBox.textContent = words.empty;
      textarea.focus();
      return;
    }
    textarea.value = "";
    post(text, text, false);
    textarea.focus();
  });

  textarea.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (!busy) {
        compose.requestSubmit ? compose.requestSubmit(sendButton) : sendButton.click();
      }
    }
  });

  var existing = document.getElementById("choices");
  if (existing) {
    existing.addEventListener("submit", onChoice);
  }
})();

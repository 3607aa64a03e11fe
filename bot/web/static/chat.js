/* The web chat, made live. Plain script, no bundler, no third parties.
 *
 * Without this file the page still works: every message is a form post and the page reloads.
 * With it, messages go by fetch to the same origin, the assistant's replies are added to the
 * transcript and read out through a polite live region, and a "writing a reply" status shows
 * while we wait. There is no time limit anywhere.
 *
 * A message that could not be sent (the assistant away, too fast, too long) comes back to the box,
 * never lost. On a phone (no Shift key) Enter starts a new line and the Send button sends. When the
 * conversation's language changes, the page reloads in it (its labels and lang attributes follow).
 */
// "Leave quickly": an ordinary page takes this one's place in the history, so Back does not return to the chat
// (without this script the link still leaves at once).
(function () {
  "use strict";

  var exit = document.getElementById("quick-exit");
  if (!exit) {
    return;
  }
  exit.addEventListener("click", function (event) {
    event.preventDefault();
    window.location.replace(exit.href);
  });
}());

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
  var offered = []; // the choices on the screen, to put back if a press could not be sent
  // The conversation's language, once chosen (a press on the Active Offer does not reload a Welsh page).
  var spoken = null;
  var marked = transcript.querySelectorAll(".text[lang]");
  if (marked.length) {
    spoken = marked[marked.length - 1].lang;
  }

  function unavailable() {
    // "Sorry, I can't answer" in the conversation's language; before it has one, Welsh then English.
    return (spoken === "cy" && words.unavailableCy) || (spoken === "en" && words.unavailableEn) ||
      words.unavailable;
  }
  // A touch screen's keyboard has no Shift: Enter must be able to start a new line there.
  var touch = !!(window.matchMedia && window.matchMedia("(hover: none) and (pointer: coarse)").matches);

  function clearProblem() {
    var problem = document.getElementById("problem");
    if (problem) {
      problem.parentNode.removeChild(problem);
    }
  }

  function showProblem(text) {
    // role=alert: read out once, when it appears; it goes when the next message is sent.
    clearProblem();
    var problem = document.createElement("p");
    problem.id = "problem";
    problem.className = "problem";
    problem.setAttribute("role", "alert");
    problem.textContent = text;
    choicesArea.parentNode.insertBefore(problem, choicesArea);
  }

  function addLine(who, text, lang) {
    var old = document.getElementById("latest");
    if (old) {
      old.removeAttribute("id");
    }
    var item = document.createElement("li");
    item.className = "msg msg-" + who;
    item.id = "latest";
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
    if (lang) {
      body.lang = lang; // the words, not the "What matters" label (in the page's language)
    }
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
    offered = buttons;
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
    // The buttons are offers, not the only answers: a tired carer may not see that the box takes anything.
    var hint = document.createElement("p");
    hint.id = "choices-hint";
    hint.className = "hint";
    hint.textContent = words.choicesHint;
    fieldset.setAttribute("aria-describedby", hint.id);
    fieldset.appendChild(hint);
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

  function giveBack(mine, message, fromChoice, choices, text) {
    // Not sent: off the transcript, back where it came from, with the reason.
    if (mine.parentNode) {
      transcript.removeChild(mine);
    }
    var previous = transcript.lastElementChild;
    if (previous) {
      previous.id = "latest";
    }
    showProblem(text);
    var form = showChoices(choices); // the question's buttons too: it is still open
    if (!fromChoice) {
      // Anything typed while we waited stays, after the words given back.
      textarea.value = textarea.value ? message + "\n" + textarea.value : message;
    }
    if (fromChoice && form) {
      form.querySelector("button").focus();
    } else {
      textarea.focus();
    }
  }

  function followLanguage(language) {
    // The conversation now speaks the other language: reload the page in it, here (see onArrival).
    var switchForm = document.querySelector(".switch-form");
    if (textarea.value.trim() && switchForm && switchForm.elements.language.value === language) {
      keepDraft(switchForm); // typed while the reply was coming: the switch's post brings it back
      switchForm.submit();
      return;
    }
    window.history.replaceState(null, "", "/chat#latest");
    window.location.reload();
  }

  function keepDraft(form) {
    var draft = document.createElement("input");
    draft.type = "hidden";
    draft.name = "draft";
    draft.value = textarea.value;
    form.appendChild(draft);
  }

  function post(message, shown, fromChoice) {
    if (busy) {
      return;
    }
    clearProblem();
    var choices = offered;
    var mine = addLine("person", shown);
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
      if (data.error || result.status >= 400) {
        var reply = (data.replies || [])[0];
        giveBack(mine, message, fromChoice, choices,
                 (reply && reply.text) || data.message || unavailable());
        return;
      }
      spoken = data.lang || spoken;
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
      if (data.lang && data.lang !== document.documentElement.lang) {
        followLanguage(data.lang);
        return;
      }
      if (fromChoice && form) {
        form.querySelector("button").focus();
      } else if (fromChoice) {
        textarea.focus();
      }
      document.getElementById("latest").scrollIntoView({block: "nearest"});
    }).catch(function () {
      setBusy(false);
      giveBack(mine, message, fromChoice, choices, unavailable());
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
    if (busy) {
      return; // the box keeps what is in it; it can be sent once the reply has come
    }
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
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && !touch) {
      event.preventDefault();
      if (!busy) {
        compose.requestSubmit ? compose.requestSubmit(sendButton) : sendButton.click();
      }
    }
  });

  if (touch) {
    document.getElementById("message-hint").textContent = words.hintTouch;
    textarea.setAttribute("enterkeyhint", "enter");
  }

  var existing = document.getElementById("choices");
  if (existing) {
    existing.addEventListener("submit", onChoice);
    offered = Array.prototype.map.call(existing.querySelectorAll("button[name=message]"), function (b) {
      return {title: b.textContent, payload: b.value};
    });
  }

  // The language switch is a form post: a half-written message goes with it and comes back in the box.
  var switchForm = document.querySelector(".switch-form");
  if (switchForm) {
    switchForm.addEventListener("submit", function () {
      if (textarea.value.trim()) {
        keepDraft(switchForm);
      }
    });
  }

  (function onArrival() {
    // After the switch or a language change the page is new: carry on where the person was, and read
    // out what the assistant said since their last message (it was not announced before the reload).
    if (window.location.pathname !== "/chat") {
      window.history.replaceState(null, "", "/chat#latest"); // a reload asks for the page, not the post again
    } else if (window.location.hash !== "#latest") {
      return;
    }
    var items = transcript.querySelectorAll("li");
    var since = [];
    for (var i = items.length - 1; i >= 0 && items[i].classList.contains("msg-assistant"); i--) {
      var text = items[i].querySelector(".text");
      if (text.lang === document.documentElement.lang) { // not the question already read in the other one
        since.unshift(text.textContent);
      }
    }
    since.forEach(say);
    function carryOn() {
      var first = choicesArea.querySelector("button");
      if (first && !textarea.value) {
        first.focus();
      } else {
        textarea.focus();
        textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      }
    }
    // Once loaded: Chromium moves the focus back to the body at the end of a load after a form post.
    if (document.readyState === "complete") {
      carryOn();
    } else {
      window.addEventListener("load", carryOn);
    }
  })();
})();

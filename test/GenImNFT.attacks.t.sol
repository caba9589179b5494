// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGenImNFT} from "../contracts/interfaces/IGenImNFT.sol";
import {GenImNFTTestBase, ToggleReceiver} from "./utils/GenImNFTTestBase.sol";

/// @dev An authorized agent contract that, when paid, tries to be paid again: it re-enters `fulfil`
/// and `fulfilBatch` for the same token and tries to refund it.
contract ReentrantAgent {
    IGenImNFT internal immutable _nft;
    uint256 public target;
    uint256 public reentrySucceeded;
    uint256 public reentryAttempts;

    constructor(IGenImNFT nft) {
        _nft = nft;
    }

    function deliver(uint256 tokenId, bytes32 metadataHash) external {
        target = tokenId;
        _nft.fulfil(tokenId, metadataHash);
    }

    receive() external payable {
        if (reentryAttempts != 0) return;
        ++reentryAttempts;
        try _nft.fulfil(target, keccak256("second")) {
            ++reentrySucceeded;
        } catch {}
        uint256[] memory ids = new uint256[](1);
        ids[0] = target;
        bytes32[] memory hashes = new bytes32[](1);
        hashes[0] = keccak256("third");
        try _nft.fulfilBatch(ids, hashes) returns (uint256 delivered) {
            if (delivered != 0) ++reentrySucceeded;
        } catch {}
        try _nft.refund(target) {
            ++reentrySucceeded;
        } catch {}
    }
}

/// @dev A minter contract whose ERC-721 receiver hook and ETH receiver both try to re-enter.
contract ReentrantMinter {
    IGenImNFT internal immutable _nft;
    uint256 public hookCalls;
    uint256 public refundsReceived;
    uint256 public reentrySucceeded;

    constructor(IGenImNFT nft) {
        _nft = nft;
    }

    function mint(string calldata prompt) external payable returns (uint256) {
        return _nft.mint{value: msg.value}(prompt, 0, _nft.terms());
    }

    function refund(uint256 tokenId) external {
        _nft.refund(tokenId);
    }

    function onERC721Received(address, address, uint256 tokenId, bytes calldata) external returns (bytes4) {
        ++hookCalls;
        try _nft.refund(tokenId) {
            ++reentrySucceeded;
        } catch {}
        return this.onERC721Received.selector;
    }

    receive() external payable {
        ++refundsReceived;
        // Try to be refunded a second time for the token just burned.
        try _nft.refund(_nft.totalMinted()) {
            ++reentrySucceeded;
        } catch {}
    }
}

/// @dev An agent whose payout push failed; when it claims, its receiver re-enters `claim` once.
contract ReentrantClaimer {
    IGenImNFT internal immutable _nft;
    bool public accepting;
    uint256 public received;
    uint256 public reentryAttempts;
    uint256 public reentrySucceeded;

    constructor(IGenImNFT nft) {
        _nft = nft;
    }

    function deliver(uint256 tokenId, bytes32 metadataHash) external {
        _nft.fulfil(tokenId, metadataHash);
    }

    function claim() external {
        accepting = true;
        _nft.claim();
    }

    receive() external payable {
        require(accepting);
        received += msg.value;
        if (reentryAttempts != 0) return;
        ++reentryAttempts;
        try _nft.claim() {
            ++reentrySucceeded;
        } catch {}
    }
}

/// @dev A receiver that burns all the gas it is given.
contract GasBurner {
    IGenImNFT internal immutable _nft;

    constructor(IGenImNFT nft) {
        _nft = nft;
    }

    function deliver(uint256 tokenId, bytes32 metadataHash, uint256 gas) external {
        _nft.fulfil{gas: gas}(tokenId, metadataHash);
    }

    function refund(uint256 tokenId, uint256 gas) external {
        _nft.refund{gas: gas}(tokenId);
    }

    receive() external payable {
        while (true) {}
    }
}

contract AttackTest is GenImNFTTestBase {
    /// The exploit of the first version: anyone could call the update and take the fee.
    function test_RevertWhen_AnyoneButAnAgentTriesToTakeTheFee() public {
        uint256 tokenId = _mint(alice);
        bytes32 hash = _hash(1);
        vm.startPrank(attacker);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NotAgent.selector, attacker));
        nft.fulfil(tokenId, hash);
        uint256[] memory ids = new uint256[](1);
        ids[0] = tokenId;
        bytes32[] memory hashes = new bytes32[](1);
        hashes[0] = hash;
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.NotAgent.selector, attacker));
        nft.fulfilBatch(ids, hashes);
        vm.stopPrank();
        assertEq(nft.pendingEscrow(), PRICE);
        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Pending));
    }

    /// A bot copies the agent's pending transaction and sends it first with a higher fee.
    function test_RevertWhen_FrontRunnerCopiesAgentTransaction() public {
        uint256 tokenId = _mint(alice);
        bytes memory agentCalldata = abi.encodeCall(IGenImNFT.fulfil, (tokenId, _hash(tokenId)));
        vm.prank(attacker);
        (bool ok, bytes memory ret) = address(nft).call(agentCalldata);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(IGenImNFT.NotAgent.selector, attacker));

        uint256 before = agent.balance;
        vm.prank(agent);
        (ok,) = address(nft).call(agentCalldata);
        assertTrue(ok);
        assertEq(agent.balance - before, PRICE);
    }

    /// A holder racing a late delivery at the deadline: whoever lands first settles, never both.
    function test_FrontRun_RefundBeatsLateDeliveryExactlyOnce() public {
        uint256 tokenId = _mint(alice);
        _expire(tokenId);
        vm.prank(alice);
        nft.refund(tokenId);

        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.NotPending.selector, tokenId, IGenImNFT.Status.Refunded)
        );
        _fulfil(tokenId);
        uint256[] memory ids = new uint256[](1);
        ids[0] = tokenId;
        bytes32[] memory hashes = new bytes32[](1);
        hashes[0] = _hash(tokenId);
        uint256 before = agent.balance;
        vm.prank(agent);
        assertEq(nft.fulfilBatch(ids, hashes), 0);
        assertEq(agent.balance, before);
        assertEq(address(nft).balance, 0);
    }

    /// Delivered metadata is final: nobody, not even the owner or another agent, can replace it.
    function test_RevertWhen_AnyoneTriesToReplaceDeliveredMetadata() public {
        address otherAgent = makeAddr("otherAgent");
        vm.prank(owner);
        nft.setAgent(otherAgent, true);
        uint256 tokenId = _mint(alice);
        _fulfil(tokenId);
        bytes32 other = _hash(666);
        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.NotPending.selector, tokenId, IGenImNFT.Status.Delivered)
        );
        vm.prank(otherAgent);
        nft.fulfil(tokenId, other);
        assertEq(nft.request(tokenId).metadataHash, _hash(tokenId));
    }

    /// The first version's owner withdraw could take money owed for pending images.
    function test_RevertWhen_OwnerTriesToTakePendingEscrow() public {
        _mint(alice);
        _mint(bob, 1);
        vm.expectRevert(IGenImNFT.NoSurplus.selector);
        vm.prank(owner);
        nft.withdrawSurplus(owner);
        assertEq(address(nft).balance, PRICE + PREMIUM_PRICE);
    }

    /// The owner (or a stolen owner key) makes itself an agent to deliver junk for every pending token.
    function test_RevertWhen_OwnerAuthorizesItselfToTakePendingEscrow() public {
        uint256[] memory ids = new uint256[](3);
        ids[0] = _mint(alice);
        ids[1] = _mint(bob, 1);
        ids[2] = _mint(carol);
        bytes32[] memory junk = new bytes32[](3);
        for (uint256 i; i < 3; ++i) {
            junk[i] = _hash(666 + i);
        }
        uint256 escrow = nft.pendingEscrow();
        uint256 before = owner.balance;

        vm.startPrank(owner);
        nft.setAgent(owner, true);
        assertEq(nft.fulfilBatch(ids, junk), 0);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TokenPredatesAgent.selector, ids[0], owner, 4));
        nft.fulfil(ids[0], junk[0]);
        // Revoking and re-authorizing only moves the mark forward.
        nft.setAgent(owner, false);
        nft.setAgent(owner, true);
        assertEq(nft.fulfilBatch(ids, junk), 0);
        vm.stopPrank();

        assertEq(owner.balance, before);
        assertEq(nft.pendingEscrow(), escrow);
        assertEq(address(nft).balance, escrow);
        // The agent authorized before these mints still delivers them.
        vm.prank(agent);
        assertEq(nft.fulfilBatch(ids, junk), 3);
    }

    function test_ReentrantAgent_IsPaidExactlyOnce() public {
        ReentrantAgent evil = new ReentrantAgent(nft);
        vm.prank(owner);
        nft.setAgent(address(evil), true);
        uint256 tokenId = _mint(alice);
        _expire(tokenId); // make refund otherwise possible, to show re-entry cannot use it either
        vm.warp(block.timestamp - 1); // ... but deliver exactly at the deadline

        evil.deliver(tokenId, _hash(tokenId));

        assertEq(evil.reentryAttempts(), 1);
        assertEq(evil.reentrySucceeded(), 0);
        assertEq(address(evil).balance, PRICE);
        assertEq(nft.request(tokenId).metadataHash, _hash(tokenId));
        assertEq(address(nft).balance, 0);
        assertEq(nft.pendingEscrow(), 0);
    }

    /// A credited agent re-enters `claim` from its receiver while others' money is in the contract.
    function test_ReentrantClaimer_IsPaidItsCreditOnce() public {
        ReentrantClaimer evil = new ReentrantClaimer(nft);
        ToggleReceiver other = new ToggleReceiver();
        vm.startPrank(owner);
        nft.setAgent(address(evil), true);
        nft.setAgent(address(other), true);
        vm.stopPrank();
        uint256 first = _mint(alice);
        uint256 second = _mint(bob);
        _mint(carol, 1); // stays pending
        evil.deliver(first, _hash(first));
        other.execute(address(nft), abi.encodeCall(IGenImNFT.fulfil, (second, _hash(second))));
        assertEq(nft.credits(address(evil)), PRICE);
        assertEq(nft.totalCredits(), 2 * PRICE);

        evil.claim();

        assertEq(evil.reentryAttempts(), 1);
        assertEq(evil.reentrySucceeded(), 0);
        assertEq(evil.received(), PRICE);
        assertEq(address(evil).balance, PRICE);
        assertEq(nft.credits(address(evil)), 0);
        assertEq(nft.credits(address(other)), PRICE);
        assertEq(nft.totalCredits(), PRICE);
        assertEq(address(nft).balance, PRICE + PREMIUM_PRICE);
        assertEq(nft.pendingEscrow(), PREMIUM_PRICE);
    }

    /// A receiver that burns every unit of gas gets the bounded stipend, not the caller's gas: the
    /// delivery still succeeds within a modest gas limit and the payout is credited.
    function test_GasBurningAgent_IsCreditedWithinBoundedGas() public {
        GasBurner burner = new GasBurner(nft);
        vm.prank(owner);
        nft.setAgent(address(burner), true);
        uint256 tokenId = _mint(alice);

        vm.expectEmit(address(nft));
        emit IGenImNFT.PaymentCredited(address(burner), IGenImNFT.Currency.ETH, PRICE);
        burner.deliver(tokenId, _hash(tokenId), 400_000);

        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Delivered));
        assertEq(nft.credits(address(burner)), PRICE);
        assertEq(address(nft).balance, PRICE);
    }

    function test_GasBurningHolder_IsCreditedWithinBoundedGas() public {
        GasBurner burner = new GasBurner(nft);
        vm.deal(address(burner), 1 ether);
        vm.prank(address(burner));
        uint256 tokenId = nft.mint{value: PRICE}(PROMPT, 0, termsNow);
        _expire(tokenId);

        burner.refund(tokenId, 400_000);

        assertEq(uint8(_status(tokenId)), uint8(IGenImNFT.Status.Refunded));
        assertEq(nft.credits(address(burner)), PRICE);
        assertEq(nft.totalCredits(), PRICE);
    }

    function test_ReentrantMinter_GetsNoCallbackOnMintAndOneRefund() public {
        ReentrantMinter minter = new ReentrantMinter(nft);
        vm.deal(address(minter), 1 ether);
        uint256 tokenId = minter.mint{value: PRICE}(PROMPT);
        // Minting never calls onERC721Received: no re-entry point while the escrow is being recorded.
        assertEq(minter.hookCalls(), 0);

        _expire(tokenId);
        uint256 before = address(minter).balance;
        minter.refund(tokenId);

        assertEq(minter.refundsReceived(), 1);
        assertEq(minter.reentrySucceeded(), 0);
        assertEq(address(minter).balance - before, PRICE);
        assertEq(address(nft).balance, 0);
    }

    function test_ReentrantReceiver_SafeTransferHookCannotRefundEarly() public {
        ReentrantMinter receiver = new ReentrantMinter(nft);
        uint256 tokenId = _mint(alice);
        vm.prank(alice);
        nft.safeTransferFrom(alice, address(receiver), tokenId);
        assertEq(receiver.hookCalls(), 1);
        assertEq(receiver.reentrySucceeded(), 0); // refund inside the hook hit DeadlineNotReached
        assertEq(nft.ownerOf(tokenId), address(receiver));
        assertEq(nft.pendingEscrow(), PRICE);
    }
}

/// @dev Attacks on the USDC path and on the terms a buyer mints under.
contract UsdcAttackTest is GenImNFTTestBase {
    address internal thief = makeAddr("thief");

    function _usdcError(string memory message) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("Error(string)", message);
    }

    /// @dev Relays `data` as the relayer and expects it to revert with exactly `expected`; nothing is
    /// minted and no USDC moves.
    function _expectRelayFails(bytes memory data, bytes memory expected) internal {
        uint256 minted = nft.totalMinted();
        uint256 held = usdc.balanceOf(address(nft));
        vm.prank(relayer);
        (bool ok, bytes memory ret) = address(nft).call(data);
        assertFalse(ok);
        assertEq(ret, expected);
        assertEq(nft.totalMinted(), minted);
        assertEq(usdc.balanceOf(address(nft)), held);
    }

    /// The owner front-runs a buyer's ETH mint: in the same block, just before it, a thief becomes an
    /// agent. The buyer's mint names the terms it read, so it reverts and the thief delivers nothing.
    function test_FrontRun_OwnerAuthorizesThiefBeforeEthMint_MintReverts() public {
        uint32 seen = nft.terms(); // what the buyer's page read with the tier
        vm.prank(owner);
        nft.setAgent(thief, true); // lands first
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TermsChanged.selector, seen, seen + 1));
        vm.prank(alice);
        nft.mint{value: PRICE}(PROMPT, 0, seen);
        assertEq(nft.totalMinted(), 0);
        assertEq(address(nft).balance, 0);
    }

    /// The same front-run against a signed USDC authorization: the relay reverts, no USDC moves, and
    /// the buyer's signature (bound to the old terms) can never be used under the new ones.
    function test_FrontRun_OwnerAuthorizesThiefBeforeUsdcRelay_RelayReverts() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        vm.prank(owner);
        nft.setAgent(thief, true);
        _expectRelayFails(
            _relayCall(m, v, r, s),
            abi.encodeWithSelector(IGenImNFT.TermsChanged.selector, m.terms, m.terms + 1)
        );
        // A relayer that swaps in the current terms breaks the signature instead.
        m.terms = nft.terms();
        _expectRelayFails(_relayCall(m, v, r, s), _usdcError("FiatTokenV2: invalid signature"));
        assertEq(usdc.balanceOf(buyer), 100e6);
    }

    /// The owner front-runs with a longer window (the buyer's escrow would wait up to 30 days).
    function test_FrontRun_OwnerLengthensWindowBeforeMint_MintReverts() public {
        uint32 seen = nft.terms();
        uint32 longest = nft.MAX_WINDOW();
        vm.prank(owner);
        nft.setTier(0, PRICE, USDC_PRICE, longest);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TermsChanged.selector, seen, seen + 1));
        vm.prank(alice);
        nft.mint{value: PRICE}(PROMPT, 0, seen);
    }

    /// Without the front-run, the terms seen are the terms minted under, and an agent authorized
    /// afterwards cannot deliver the token.
    function test_ThiefAuthorizedAfterMint_CannotDeliver() public {
        uint256 tokenId = _mintUsdc(0);
        vm.prank(owner);
        nft.setAgent(thief, true);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TokenPredatesAgent.selector, tokenId, thief, 2));
        vm.prank(thief);
        nft.fulfil(tokenId, _hash(1));
    }

    function test_RevertWhen_AuthorizationReplayed() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        _relaySigned(m, v, r, s);
        _expectRelayFails(
            _relayCall(m, v, r, s), _usdcError("FiatTokenV2: authorization is used or canceled")
        );
        // Nor through the other signature form.
        _expectRelayFails(
            _relaySigCall(m, abi.encodePacked(r, s, v)),
            _usdcError("FiatTokenV2: authorization is used or canceled")
        );
        assertEq(nft.totalMinted(), 1);
        assertEq(usdc.balanceOf(buyer), 100e6 - USDC_PRICE);
    }

    /// Whatever the relayer alters of what the buyer signed, the token refuses the signature.
    function test_RevertWhen_RelayerAltersPromptTierPayerOrTerms() public {
        vm.prank(owner);
        nft.setTier(2, 0, USDC_PRICE, 30 days); // same USDC price as tier 0, longer window
        UsdcMint memory m = _usdcRequest(buyer, 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        bytes memory invalid = _usdcError("FiatTokenV2: invalid signature");

        UsdcMint memory altered = _usdcRequest(buyer, 0);
        altered.prompt = "something else entirely";
        _expectRelayFails(_relayCall(altered, v, r, s), invalid);

        altered = _usdcRequest(buyer, 2);
        _expectRelayFails(_relayCall(altered, v, r, s), invalid);

        altered = _usdcRequest(buyer2, 0); // buyer2 pays for buyer's signature
        _expectRelayFails(_relayCall(altered, v, r, s), invalid);

        altered = _usdcRequest(buyer, 0);
        altered.salt = bytes32(uint256(1));
        _expectRelayFails(_relayCall(altered, v, r, s), invalid);

        altered = _usdcRequest(buyer, 0);
        altered.validBefore += 1 days;
        _expectRelayFails(_relayCall(altered, v, r, s), invalid);

        // The value: refused by the contract before the token is called.
        altered = _usdcRequest(buyer, 0);
        altered.value = 1;
        _expectRelayFails(
            _relayCall(altered, v, r, s),
            abi.encodeWithSelector(IGenImNFT.PriceChanged.selector, 1, USDC_PRICE)
        );

        // The untouched request still goes through.
        assertEq(_relaySigned(m, v, r, s), 1);
        assertEq(nft.ownerOf(1), buyer);
    }

    function test_RevertWhen_AuthorizationExpiredOrNotYetValid() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        m.validAfter = block.timestamp + 10 minutes;
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        _expectRelayFails(_relayCall(m, v, r, s), _usdcError("FiatTokenV2: authorization is not yet valid"));
        vm.warp(m.validBefore);
        _expectRelayFails(_relayCall(m, v, r, s), _usdcError("FiatTokenV2: authorization is expired"));
        vm.warp(m.validAfter + 1);
        assertEq(_relaySigned(m, v, r, s), 1);
    }

    function test_RevertWhen_AuthorizationCancelledBeforeRelay() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        bytes32 cancelDigest = keccak256(
            abi.encodePacked(
                "\x19\x01",
                usdc.DOMAIN_SEPARATOR(),
                keccak256(abi.encode(usdc.CANCEL_AUTHORIZATION_TYPEHASH(), buyer, _nonce(m)))
            )
        );
        (uint8 cv, bytes32 cr, bytes32 cs) = vm.sign(buyerKey, cancelDigest);
        usdc.cancelAuthorization(buyer, _nonce(m), cv, cr, cs);
        _expectRelayFails(
            _relayCall(m, v, r, s), _usdcError("FiatTokenV2: authorization is used or canceled")
        );
    }

    /// The owner raises the USDC price after the buyer signed: a clear error, and the token is not
    /// called (the authorization stays unused).
    function test_RevertWhen_PriceChangedBetweenSigningAndRelay() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        vm.prank(owner);
        nft.setTier(0, PRICE, USDC_PRICE * 2, WINDOW);
        _expectRelayFails(
            _relayCall(m, v, r, s),
            abi.encodeWithSelector(IGenImNFT.PriceChanged.selector, USDC_PRICE, USDC_PRICE * 2)
        );
        assertFalse(usdc.authorizationState(buyer, _nonce(m)));
    }

    /// A lowered price is a changed price too: the buyer is told so (not a terms error), and nothing
    /// of the signed amount is taken.
    function test_RevertWhen_PriceLoweredBetweenSigningAndRelay() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        vm.prank(owner);
        nft.setTier(0, PRICE, USDC_PRICE / 2, WINDOW);
        _expectRelayFails(
            _relayCall(m, v, r, s),
            abi.encodeWithSelector(IGenImNFT.PriceChanged.selector, USDC_PRICE, USDC_PRICE / 2)
        );
        assertFalse(usdc.authorizationState(buyer, _nonce(m)));
    }

    /// A buyer (or a buggy client) who signs more than the price is refused before the token is called:
    /// the escrow must be exactly the price the record keeps, or the difference would be stranded.
    function test_RevertWhen_BuyerSignsMoreThanThePrice() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        m.value = USDC_PRICE + 1;
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        uint256 balance = usdc.balanceOf(buyer);
        _expectRelayFails(
            _relayCall(m, v, r, s),
            abi.encodeWithSelector(IGenImNFT.PriceChanged.selector, USDC_PRICE + 1, USDC_PRICE)
        );
        assertEq(usdc.balanceOf(buyer), balance);
        assertFalse(usdc.authorizationState(buyer, _nonce(m)));
    }

    /// Someone who sees the signed authorization cannot spend it elsewhere: only the payee (this
    /// contract) may submit a ReceiveWithAuthorization, and it is no TransferWithAuthorization.
    function test_RevertWhen_AuthorizationSubmittedToTheTokenByAnother() public {
        UsdcMint memory m = _usdcRequest(buyer, 0);
        (uint8 v, bytes32 r, bytes32 s) = _sign(buyerKey, m);
        bytes32 nonce = _nonce(m);
        vm.startPrank(attacker);
        vm.expectRevert("FiatTokenV2: caller must be the payee");
        usdc.receiveWithAuthorization(
            buyer, address(nft), m.value, m.validAfter, m.validBefore, nonce, v, r, s
        );
        vm.expectRevert("FiatTokenV2: invalid signature");
        usdc.transferWithAuthorization(
            buyer, address(nft), m.value, m.validAfter, m.validBefore, nonce, v, r, s
        );
        vm.stopPrank();
        assertEq(_relaySigned(m, v, r, s), 1);
    }

    /// A token whose transfer returns false (moving nothing) cannot make the contract believe it paid:
    /// the payout is credited, and a claim reverts until the transfer really happens.
    function test_TokenTransferReturningFalse_IsCreditedNotLost() public {
        uint256 tokenId = _mintUsdc(0);
        usdc.setReturnFalse(true);
        _fulfil(tokenId);
        assertEq(usdc.balanceOf(agent), 0);
        assertEq(nft.usdcCredits(agent), USDC_PRICE);
        assertEq(usdc.balanceOf(address(nft)), USDC_PRICE);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, agent, USDC_PRICE));
        vm.prank(agent);
        nft.claimUsdc();
        usdc.mint(address(nft), 1e6);
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.TransferFailed.selector, owner, 1e6));
        vm.prank(owner);
        nft.withdrawUsdcSurplus(owner);

        usdc.setReturnFalse(false);
        vm.prank(agent);
        nft.claimUsdc();
        assertEq(usdc.balanceOf(agent), USDC_PRICE);
    }

    /// A reverting transfer (blocklisted holder) cannot block a refund, nor divert it.
    function test_TokenTransferReverting_RefundIsCreditedToTheHolder() public {
        uint256 tokenId = _mintUsdc(0);
        usdc.blacklist(buyer);
        _expire(tokenId);
        vm.prank(attacker);
        nft.refund(tokenId);
        assertEq(nft.usdcCredits(buyer), USDC_PRICE);
        assertEq(nft.usdcCredits(attacker), 0);
        assertEq(usdc.balanceOf(attacker), 0);
    }

    /// A stranger may send a USDC token's refund but receives nothing; the holder is paid once.
    function test_RefundByStranger_PaysTheHolderOnce() public {
        uint256 tokenId = _mintUsdc(1);
        _expire(tokenId);
        vm.prank(attacker);
        nft.refund(tokenId);
        vm.expectRevert(
            abi.encodeWithSelector(IGenImNFT.NotPending.selector, tokenId, IGenImNFT.Status.Refunded)
        );
        vm.prank(attacker);
        nft.refund(tokenId);
        assertEq(usdc.balanceOf(buyer), 100e6);
        assertEq(usdc.balanceOf(attacker), 0);
        assertEq(usdc.balanceOf(address(nft)), 0);
    }

    /// A stranger cannot refund before the deadline, for either currency.
    function test_RevertWhen_StrangerRefundsEarly() public {
        uint256 tokenId = _mintUsdc(0);
        uint64 deadline = nft.request(tokenId).deadline;
        vm.expectRevert(abi.encodeWithSelector(IGenImNFT.DeadlineNotReached.selector, tokenId, deadline));
        vm.prank(attacker);
        nft.refund(tokenId);
    }
}
